"""What a question measures sets the kind of figure that answers it: 'How hot did it get?' asks
a temperature, given in degrees, not the distance or the time of the same race (main's
_MEASURE_OF rule); 'What is X worth?' asks a sum of money, as 'How much ...?' does. Line 1 of plain output, as the user
reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

RACE = """\
---
title: Karachi rider takes gold at Almaty masters time trial
date: 2024-06-10
---
ALMATY: A Pakistani cyclist won the masters time trial in Almaty on Saturday, riding for the Pakistan Cycling Federation in the race for riders aged over thirty.

The rider covered the course ahead of riders from Kyrgyzstan and Hong Kong, and organisers praised the Pakistani team for its showing in the race.

"The temperature went up to 44 degrees Celsius and I had cramps, but I held on to win the race," the Pakistani rider said after the finish.
"""

TRADE = """\
---
title: Envoy meets chamber leader on Pakistan-Kazakhstan trade
date: 2024-03-02
---
ISLAMABAD: According to a press release, the ambassador's meeting with the chamber covered two-way trade, transit routes and the work of Pakistani firms in Kazakhstan.

Two-way trade stands at about $81 million, officials said, and both sides want to raise it.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "measure", {"race.md": RACE, "trade.md": TRADE})


def test_how_hot_is_answered_in_degrees(ask):
    assert "44 degrees" in ask("How hot did it get while the Pakistani rider was winning his race "
                               "in Almaty?")


def test_what_is_worth_is_answered_by_a_sum(ask):
    assert "$81 million" in ask("What is two-way trade worth according to the press release on "
                                "the ambassador's meeting with the chamber?")
