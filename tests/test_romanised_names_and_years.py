"""Names and years as a user's documents write them. A name with one vowel more or less inside
it ('Ghouri', 'Ghori') and a hyphenated one with an 'o' for a 'u' ('Pul-e-Surkh',
'Pol-e-Sorkh') are the names a document writes; a capital asked as the doer of an act ('did
Bishkek stop ...?') is its country; 'teh' is 'the'; a currency named by its code alone ('KZT
20,000') is the one asked by name ('tenge'). A year a figure is measured against ('12.5 per
cent more than in the same month of 2025', 'up 4.67 per cent on January 2025') is not the year
the sentence tells of, unless the question asks it ('compared to 2016'); and the year something
was founded, or a law's year ('the Mines Act of 1923'), does not date a wire whose dateline gives
none. Line 1 of plain output, and the exit code."""

from __future__ import annotations

import pytest

from conftest import items_asker

PLANT = """\
---
title: Ghori Cement opens its third plant in Baghlan
date: 2025-09-01
---
PUL-E-KHUMRI — Ghori Cement's third plant in Baghlan province began work on Monday. The new kiln can turn out 5,000 tons of cement a day, the company said.

Its first factory, with a capacity of 400 tons a day, began production in 1962.
"""

BOOKS = """\
---
title: Kabul's booksellers keep their shutters up
date: 2021-10-28
---
KABUL — The booksellers of the Pol-e-Sorkh district say fear has emptied their shops since the Taliban came back.

"We used to have at least 50 customers a day at Pol-e-Sorkh. Now it is almost nothing," said one bookseller.
"""

CEMENT = """\
---
title: Cement despatches up in January as southern mills ship abroad
date: 2026-02-05
---
LAHORE — Pakistan's cement mills despatched 4.54 million tonnes in January, 12.54 per cent more than in the same month of 2025, figures released on Tuesday showed.

In October total despatches in Pakistan rose 6 per cent to 4.75 million tonnes on the back of strong local demand, the mills said.

Kyrgyzstan banned cement imports by road for six months from 1 October 2024 to protect its own plants.

In Kazakhstan factory prices of cement were held at KZT 20,000 per tonne, the industry minister said.
"""

TRADE = """\
---
title: Trade between the two countries grows
date: 2019-03-01
---
ASTANA — According to 2018 statistics, the volume of trade between Kazakhstan and Pakistan reached $28 million, an increase of 45 percent compared to 2016, the ministry said on Friday.

In 2016 Kazakhstan and Pakistan signed a protocol in Astana to increase trade.
"""

NORTH = """\
---
title: Cement sales in January
date: 2026-02-05
---
KARACHI — Cement makers sold 4.54 million tonnes in January, the association said on Tuesday.

Mills in the north despatched 2.95 million tonnes in total, up 4.67 per cent on January 2025.
"""

FIRE = """\
Fire guts Moscow social sciences library

MOSCOW, Feb 2 (Eurasia Wire) - Emergency crews on Monday finished work at the ruins of the library of the Institute of Scientific Information on Social Sciences (INION), after a fire that burned over the weekend.

The alarm was raised on Friday evening, and the roof fell in on Saturday.

INION, which belongs to the Russian Academy of Sciences, was founded in 1918. Its holdings run to 14.2 million items.
"""

CHROMITE = """\
Minister opens chromite crushing unit at Zorbagh

QUETTA, Nov 30 (Test Balochistan Wire) - The provincial mines minister on Friday opened a chromite crushing unit at Zorbagh, built at a cost of Rs90 million.

Land for mining in the district is leased under the Mines Act of 1923, and the province charges a sales tax on the ore.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "romanised_years", {
        "plant.md": PLANT, "books.md": BOOKS, "cement.md": CEMENT, "trade.md": TRADE, "north.md": NORTH,
        "fire.txt": FIRE, "chromite.txt": CHROMITE})


def test_a_vowel_more_inside_a_name_is_the_name_written(ask):
    assert "5,000 tons" in ask("Ghouri cement tons")


def test_a_hyphenated_name_with_o_for_u_is_the_name_written(ask):
    assert "Pol-e-Sorkh" in ask("Pul-e-Surkh booksellers customers")


def test_a_capital_doing_an_act_is_its_country(ask):
    assert "1 October 2024" in ask("From what date did Bishkek ban cement imports?")


def test_two_letters_swapped_in_a_small_word(ask):
    assert "Pol-e-Sorkh" in ask("customers a day at teh Pol-e-Sorkh booksellers")


def test_a_currency_by_its_code(ask):
    assert "KZT 20,000" in ask("kazakhstan cement factory price tenge minister")


def test_a_year_measured_against_is_not_the_year_told_of(ask):
    line = ask("How much cement did Pakistan's mills despatch in January 2026?")
    assert "4.54 million tonnes" in line, line


def test_a_year_measured_against_after_a_change(ask):
    line = ask("mills in the north despatched January 2026")
    assert "2.95 million tonnes" in line, line


def test_a_year_measured_against_that_is_asked(ask):
    line = ask("kazakhstan pakistan trade increase percent compared to 2016")
    assert "45 percent" in line, line


def test_a_founding_year_does_not_date_a_wire(ask):
    line = ask("INION library fire Moscow")
    assert "1918-02-02" not in line, line


def test_a_law_s_year_does_not_date_a_wire(ask):
    line = ask("Zorbagh chromite crushing unit cost")
    assert "Rs90 million" in line and "1923-11-30" not in line, line
