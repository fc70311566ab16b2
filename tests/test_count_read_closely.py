"""What a number in a sentence counts, read closely for a "how many" question: '1,000 e-bikes'
counts bikes (a compound by its last part); the '000' of 'Rs5,000' is no number of its own, and
'an electric one' no count; 'another 68, mostly family members of ...' is a count a comma ends."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import counts

BIKES = """\
LAHORE, March 4, 2025 (Punjab News Service) - The Punjab government on Monday approved a scheme to give students motorbikes on easy instalments.

At a meeting in Lahore, officials laid out a plan for more than 12,000 two-wheelers: 11,000 petrol bikes and 1,000 e-bikes. The monthly instalment will be Rs4,000 for a petrol bike and Rs8,000 a month for an electric one.
"""

EVACUEES = """\
---
title: Kyrgyzstan says 140 citizens brought out of Iran
date: 2025-06-25
---

Kyrgyzstan's foreign ministry said on Wednesday that 140 citizens had been brought home from Iran since the fighting began.

A week earlier the ministry had thanked Baku and Ashgabat: nine nationals had crossed into Azerbaijan and another 41, mostly family members of Kyrgyz diplomats, were brought out with the help of the Turkmen authorities. At that time the ministry counted 210 Kyrgyz citizens in Iran.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "count_read_closely",
                       {"bikes.txt": BIKES, "evacuees.md": EVACUEES})


def test_money_and_a_pronoun_count_nothing():
    things = frozenset({"electric", "bike"})
    assert not counts("The monthly instalment will be Rs4,000 for a petrol bike and Rs8,000 a month "
                      "for an electric one.", things)
    assert counts("The plan covers 1,000 e-bikes for students.", frozenset({"bike"}))


def test_a_compound_counted_by_its_last_part(ask):
    line = ask("How many electric bikes will Punjab give students under the scheme?")
    assert "1,000 e-bikes" in line


def test_a_count_a_comma_ends(ask):
    line = ask("How many Kyrgyz, mainly relatives of embassy staff, did Ashgabat help get out of "
               "Iran?")
    assert "another 41" in line
