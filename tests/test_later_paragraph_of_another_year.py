"""A later paragraph of a news item that answers of another year than the one asked ('Last
year's bumper ... was won by ...' in an item of 2022) does not take the place of the first
paragraph, which answers of the year asked. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

LOTTERY = """\
---
title: Auto driver wins Rs 25 crore festival bumper lottery
date: 2022-09-19
---
Anoop, a 30-year-old autorickshaw driver from Sreevaraham, is the winner of this season's festival bumper lottery, the largest prize the state lottery has offered, at Rs 25 crore.

The finance minister drew the winning number on Sunday afternoon at a function in the state capital.

Tickets cost Rs 500 each, and sales reached a record 66.5 lakh tickets.

The lottery funds welfare schemes. Last year's festival bumper of Rs 12 crore was also won by an autorickshaw driver, Jayapalan from Kochi.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "later_other_year", {"lottery.md": LOTTERY})


def test_the_winner_of_the_year_asked(ask):
    line = ask("Who won the Rs 25 crore festival bumper lottery in 2022?")
    assert "Anoop" in line and "Jayapalan" not in line


def test_last_years_winner_when_asked(ask):
    line = ask("Who won the festival bumper lottery in 2021?")
    assert "Jayapalan" in line
