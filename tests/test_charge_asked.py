"""'What toll will a car pay ...?', 'What fare ...?': a charge or a pay named as the thing a
question asks, before its verb, asks a sum or a rate, as 'How much ...?' does: the paragraph
giving it answers, not the one holding more of the question's words without a figure. Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

TOLL = """\
---
title: Motorway tolls go up again
date: 2025-08-25
---
ORLA: The toll a car pays on the Orla-Tessin Motorway will go up again from August 2025, the highway authority said on Monday, the third rise on the motorway in five years.

From August 2025 a car will pay Rs1,330 for the whole trip, and a bus Rs2,400.
"""


def test_a_charge_asked_by_name_wants_its_sum(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "charge_asked", {"toll.md": TOLL})
    assert "Rs1,330" in ask("What toll will a car pay on the Orla-Tessin Motorway from August "
                            "2025?")
