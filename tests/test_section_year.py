"""A section headed by one year ('## 2019 in figures') speaks of that year where its sentences
state none: a question about 2019 is answered by its list item that gives the figure ('Over the
four phases ..., 595 citizens came home'), which is not taken for a sentence about the year the
item was published (2021) and scored down as another year's. 'This year' still counts from the
item's date.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

RETURNS = """\
---
title: "Operation Homeward: how Orlen brought its citizens back from the war zone"
date: 2021-02-06
source: Vask Security Brief
---

# Operation Homeward: how Orlen brought its citizens back from the war zone

Orlen's security service, working with the foreign ministry and with support from partners, returned another group of citizens from the war zone this week: four men, one woman and seven children. The ministry presents the mission as a continuation of Operation Homeward, launched on the initiative of the first president, Tomas Brandt. It is the fifth such operation since early 2019.

## 2019 in figures

- In January 2019 Brandt announced that 47 citizens of Orlen, women and some 30 children among them, had been brought back from the war zone.
- On 7-9 May, 231 more were evacuated, 156 of them children, most of pre-school age.
- Over the four phases of January, May and June, 595 citizens came home: 33 men, 156 women and 406 children. On arrival 45 people (33 men and 12 women) were arrested.
- In July 2018 the security service had estimated that about 800 citizens of Orlen had left for the war zone.
"""


def test_a_year_heading_dates_its_list(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"homeward.md": RETURNS})
    ask = line1_of(home)
    assert "595 citizens came home" in ask(
        "How many citizens of Orlen came back from the war zone over the 2019 phases of "
        "Operation Homeward?")
    assert "33 men and 12 women" in ask("orlen citizens arrested on return from war zone 2019 men women")


GUESTS = """\
---
title: Vask hotels count their foreign guests
date: 2025-03-01
---

# Vask hotels count their foreign guests

## Looking back at 2024

- Hotels and other accommodation in Vask registered 534,340 foreigners, roughly 70,000 more than the year before.
- This year the statistics office expects hotels in Vask to register 600,000 foreigners, helped by the new flights from Tessa.
- The capital came second with 269,320 foreign guests.
- In January 2025 alone, hotels in Vask registered 48,000 foreigners, the office said, more than in any January before.
"""


def test_this_year_under_a_year_heading_counts_from_the_date(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"guests.md": GUESTS})
    line = line1_of(home)("How many foreigners are hotels in Vask expected to register in 2025?")
    assert "600,000" in line
