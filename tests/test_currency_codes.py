"""A sum written with a Gulf, Indian or Chinese currency code before the figure ('QR 400',
'AED 3,500', '₹450 crore') is money: a question asking a price is answered by the sentence that
gives it, not by one with a count of homes or crews. Line 1 of plain output, as the user reads
it."""

from __future__ import annotations

import pytest

from conftest import items_asker

TANKERS = """\
---
title: Pipeline repair leaves Doha districts short of water
date: 2021-07-04
---
DOHA — Queues formed at filling stations across three districts on Sunday after a pipeline repair cut supplies to about 40,000 homes, the water authority said.

The authority said 12 repair crews were working in shifts, told private tanker owners in Doha not to raise what they charge now, and said supplies should return within two days.

Residents said a private tanker that sold for QR 150 last month now goes for QR 400 a load.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "currency_codes", {"tankers.md": TANKERS})


def test_a_price_in_riyals_by_code_answers(ask):
    assert "QR 400" in ask("How much does a private tanker cost in Doha now?")


@pytest.mark.parametrize("sentence", ["Rent is AED 3,500 a month.", "It will cost ₹450 crore.",
                                      "The plant cost RMB 9 billion.", "A ticket is KD 25."])
def test_codes_before_a_figure_are_money(sentence):
    from kzpk.question import HOW_MUCH, answers

    assert answers(HOW_MUCH, sentence, {"cost"})
