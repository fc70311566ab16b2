"""A span of years said with 'between' or 'during' ('Between 1983 and 1987 he headed ...') is a
date a "when" question can be answered by, at the start of a sentence as anywhere: the paragraph
saying it answers 'When did he head ...?', not the item's first paragraph. Line 1 of plain
output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

INTERVIEW = """\
---
title: "Interview: the man who has taught Urdu in Tashkent for fifty years"
date: 2011-12-12
---
TASHKENT: Far from Lahore, in the heart of the old Soviet east, Professor Anvar Saidov has spent more than fifty years studying Urdu and teaching it in the Uzbek capital. His love of the language is as strong now as in 1966, the year he finished his doctorate.

He calls Pakistan his second home. Between 1979 and 1984 he headed the Soviet Friendship House in Lahore, and he still feels close to that city.

His work was recognised this year with a Pakistani civil award.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "years_between", {"interview.md": INTERVIEW})


def test_a_span_of_years_between_answers_when(ask):
    line = ask("When did Anvar Saidov head the Soviet Friendship House in Lahore?")
    assert "Between 1979 and 1984" in line


def test_between_and_during_years_are_dates():
    from kzpk.dates import mentions_date

    assert mentions_date("Between 1979 and 1984 he headed the house.")
    assert mentions_date("He taught there during 1990 and 1991.")
    assert not mentions_date("He has taught for fifty years.")
