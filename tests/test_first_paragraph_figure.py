"""A count a news item's title gives with the question's verb ('Tajikistan flies home 312
stranded workers ...') is the item's main fact, told again in its first paragraph in other
words ('brought 312 of its citizens back'): a later paragraph that says the verb of another
group ('had to fly them home') gives another count. And a verb followed by its adverb ('did X
fly home') is the question's verb, not a noun before another. So a thing priced in the first
paragraph ('inaugurated an $85 million wind farm') answers what it cost, before a later paragraph
giving part of the cost. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

AIRLIFT = """\
---
title: Tajikistan flies home 312 stranded workers as it tightens rules for recruiters
date: 2024-11-14
---
# Tajikistan flies home 312 stranded workers as it tightens rules for recruiters

Tajikistan brought 312 of its citizens back from Russia on charter flights on Wednesday. They had gone to work on building sites and were left stranded when their recruitment agencies vanished, the labour ministry said.

The ministry has closed nine agencies since the summer and says more checks will follow.

## Earlier cases

- March 2023: about 2,000 workers were stranded in Moscow and the state had to fly them home on special flights at its own cost.

- June 2024: a new law made recruitment a licensed activity.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "headline_verb", {"airlift.md": AIRLIFT})


def test_the_titles_count_with_its_verb_answers(ask):
    line = ask("How many stranded workers did Tajikistan fly home on Wednesday?")
    assert "312 of its citizens" in line


WIND = """\
---
title: Minister opens 50 MW wind farm in Zhanatas
date: 2021-03-18
---
# Minister opens 50 MW wind farm in Zhanatas

ZHANATAS — The energy minister on Wednesday inaugurated an $85 million wind farm near the town of Zhanatas, where the grid has been short of power for years.

The farm, with a capacity of 50 megawatts, was built by a local firm together with a Chinese partner. The two companies put up $60 million of the cost, and the remaining $25 million came as a loan from a development bank.

Officials said the turbines would supply some 200,000 homes.
"""


@pytest.fixture(scope="module")
def ask_wind(tmp_path_factory):
    return items_asker(tmp_path_factory, "priced_thing", {"wind.md": WIND})


def test_a_thing_priced_in_the_first_paragraph_answers_what_it_cost(ask_wind):
    # ('an $85 million wind farm' is its cost; '$60 million of the cost' a part of it)
    line = ask_wind("How much did the 50 MW wind farm in Zhanatas cost?")
    assert "$85 million wind farm" in line
