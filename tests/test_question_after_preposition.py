"""A question may open with a preposition ('In which province ...?'): it is a question, not
keywords, and a word of it ('last year's') does not make it ask a date. Line 1 of plain output,
as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

POLIO = """\
---
title: Vaskaria launches four-day polio drive in 21 provinces
date: 2024-02-26
---
Vaskaria's authorities began the second phase of a countrywide polio vaccination campaign on Monday, working with international agencies to reach children in 21 provinces.

The drive runs for four days and aims to reach 2.6 million children under five.

Inside Vaskaria the virus has lately been confined to two eastern provinces on the border, Orlanhar and Kunor. No case has been recorded so far this year. Last year there were six, and every one of them was in Orlanhar.

Poliovirus multiplies in the gut and leaves the body in faeces, which is why it thrives where drinking water and sanitation are poor.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "question_after_preposition", {"polio.md": POLIO})


def test_a_question_opening_with_a_preposition_asks_no_date(ask):
    assert "every one of them was in Orlanhar" in ask(
        "In which Vaskaria province were all of last year's polio infections found?")
