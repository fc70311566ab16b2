"""A statistics office's report, as a user adds it: 'What ... growth rate did the count record?'
asks a figure (the rate), as 'What population did the count give?' asks a count, though neither
says 'how much' or 'how many'; a rate in the Pakistani press's short form ('64pc') is
one. 'What was the X named?' asks the name given ('a girl, named Zainab'), and a milestone's
number ('the two millionth resident') is another than the one before it ('the one millionth
resident, a boy named Ali'). And a short name in another romanisation ('Alim' for 'Aleem') is
known beside the surname it goes with, also across the particle Urdu names write between them
('Aleem ul Hassan'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, line1_of, search_plain

COUNT = """\
---
title: Statistics bureau publishes Gilgit-Baltistan household count
date: 2024-03-09
source: Northern Ledger
---

# Statistics bureau publishes Gilgit-Baltistan household count

The provincial statistics bureau on Friday released the results of its first household count of Gilgit-Baltistan since 1998. The region's population now stands at 1.73 million, growing at 2.21 percent a year.

## The districts

| district | residents | growth a year |
| --- | --- | --- |
| Gilgit | 330,000 | 2.4% |
| Skardu | 310,000 | 1.9% |
| Hunza | 70,000 | 1.1% |

## The work

Some 4,200 enumerators visited every house between October and December. Dr Aleem ul Hassan, the bureau's director of field operations, said block-level tables would be handed to the election office within a month.

## Who helped

The UN population agency backed the household count in Gilgit-Baltistan with tablets and training.

## Schooling

Adult literacy in the region now stands at 64pc, the bureau's chief statistician told reporters.
"""

BIRTH = """\
SKARDU, June 4 (Karakoram Wire) - Gilgit-Baltistan greeted its two millionth resident on Tuesday at the District Headquarters Hospital in Skardu, the provincial government said.

The baby, named Zainab, weighed 3.1 kg. Her father drives a jeep on the Shigar road. The chief minister's office handed her parents the keys to a two-room flat in Skardu.

The one millionth resident, a boy named Ali, was born in 1998 and was given a plot of land by the government of the day.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    return bundled_with_items(real_home, tmp_path_factory, "census",
                              {"gb-count.md": COUNT, "gb-birth.txt": BIRTH})


@pytest.fixture(scope="module")
def ask(home):
    return line1_of(home)


def test_what_rate_asks_the_rate_not_the_table_heading(ask):
    line = ask("What annual growth rate did the Gilgit-Baltistan household count record?")
    assert "2.21 percent" in line.split(" — ")[0]


def test_what_population_asks_the_count(ask):
    line = ask("What population did the Gilgit-Baltistan household count give?")
    assert "1.73 million" in line.split(" — ")[0]


def test_a_short_name_in_another_romanisation_beside_its_surname_across_a_particle(home):
    code, line, err = search_plain(home, "Alim Hassan field operations block tables")
    assert code == 0, err
    assert "Aleem ul Hassan" in line
    assert "Aleem" in err  # the spelling searched for is said


def test_a_rate_in_pc_is_a_figure(ask):
    line = ask("What is the literacy rate of Gilgit-Baltistan according to the bureau?")
    assert "64pc" in line.split(" — ")[0]


def test_what_was_it_named_asks_the_name_given(ask):
    line = ask("What was the two millionth resident of Gilgit-Baltistan named?")
    assert "named Zainab" in line.split(" — ")[0]


def test_a_milestone_is_another_whatever_it_counts(ask):
    # ('the two millionth baby' is not 'the one millionth resident', though the words differ)
    line = ask("What did the government give the family of the two millionth baby?")
    assert "two-room flat" in line.split(" — ")[0]
