"""'What did a litre of petrol cost ...?' asks a sum, as 'How much ...?' does: line 1 is the
sentence giving the price a litre came to ('... by Rs19.95 a litre, to Rs272.95'), not a later
paragraph holding the question's words and another price. Line 1 of plain output, on a copy of
the bundled home to which an evaluation pile's twelve news items were added."""

from __future__ import annotations

import pytest

from conftest import items_asker, pile_asker


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile40")


def test_what_did_it_cost(ask):
    assert "Rs272.95" in ask("What did a litre of petrol cost in Pakistan after Dar's August "
                             "increase?")


@pytest.fixture(scope="module")
def ask95(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile95")


def test_the_most_asked_is_a_limit(ask95):
    # 'What is the most ...?' asks a sum, the limit: '... or up to 4 million tenge per family'
    assert "4 million tenge per family" in ask95("What is the most the housing voucher for "
                                                 "returnee families pays towards a home?")


OFFER = """\
---
title: Orla Logistics tender offer for Vaskar Post closes
date: 2025-03-29
---
ORLA - Orla Logistics offered Dh3 per share in cash for all Vaskar Post shares it did not already own, valuing the courier at about Dh4.4 billion.

The offer closed on Thursday. Acceptances received by Orla Logistics represent 40.57 per cent of Vaskar Post's shares, the company said in a filing to the exchange.
"""


def test_a_price_for_each_of_a_named_things(tmp_path_factory):
    # 'each Vaskar share' asks per share: the name before the thing is whose it is
    ask = items_asker(tmp_path_factory, "price_each", {"offer.md": OFFER})
    assert "Dh3 per share" in ask("What price did Orla Logistics offer for each Vaskar Post "
                                  "share?")
