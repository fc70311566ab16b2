"""'On which weekday ...?' asks the day of the week: line 1 is a text that names it ('on
Thursday'), not a record dated to the day whose words do not say which day of the week it was.
Invented news item, taken from no document kzpk bundles and no evaluation set; line 1 of plain
output, as the user reads it; 'week' in 'day of the week' is no subject no document mentions."""

from __future__ import annotations

import pytest

from conftest import items_asker

CONFERENCE = """\
---
title: Vask institute hosts river conference
date: 2026-02-12
---
VASK CITY, Feb 12 (Test Wire): The Vask Institute of River Studies hosted a conference titled "Orlen and Vask: Reflections after the Visit" on Thursday.

The conference on reflections after the visit of 12 February 2026 was attended by diplomats, scholars and students of both provinces.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "weekday_asked", {"conference.md": CONFERENCE})


@pytest.mark.parametrize("query", [
    "On which weekday was the Vask conference on reflections after the visit held?",
    "What day of the week was the Vask conference on reflections held?"])
def test_a_weekday_asked_is_answered_by_the_weekday(ask, query):
    assert "on Thursday" in ask(query)
