"""'How much did X pay for 75 percent of Y?': the share the question gives is what the money
asked is paid for, no share asked; the paragraph giving the price answers ('a bid of Rs90
billion for a 75 percent stake'), not a later one naming Y by its acronym. Line 1 of plain
output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

SALE = """\
KARACHI, May 4, 2025 (Test Wire) - A group led by Indus Holdings won control of Karachi Electric Supply Corporation on Monday with a bid of Rs90 billion for a 75 percent stake.

Two other groups took part in the auction, which was shown live on television.

"KESC belongs to the people of Karachi," the winning group's chairman told reporters after the result.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "share_given", {"sale.txt": SALE})


def test_the_money_paid_for_a_given_share(ask):
    assert "Rs90 billion" in ask("How much did the winning group pay for 75 percent of KESC?")
