"""`kzpk compare` on a small fixture corpus the tests write, and the resolver's ordinals."""

from __future__ import annotations

import pytest

from kzpk.resolve import resolve

SUMMITS = [
    {"id": "2002-first-summit", "kind": "event", "type": "event", "date": "2002-06-04",
     "title": "First CICA summit in Almaty"},
    {"id": "2006-second-summit", "kind": "event", "type": "event", "date": "2006-06-17",
     "title": "Second CICA summit in Almaty"},
    {"id": "session-1", "kind": "event", "type": "event", "date": "2026-02-12",
     "title": "Working Session I of the conference"},
    {"id": "session-2", "kind": "event", "type": "event", "date": "2026-02-12",
     "title": "Working Session II of the conference"},
]


@pytest.mark.parametrize("query,expected", [
    ("first CICA summit", "2002-first-summit"),
    ("1st CICA summit", "2002-first-summit"),
    ("CICA summit I", "2002-first-summit"),
    ("2nd CICA summit", "2006-second-summit"),
    ("second CICA summit", "2006-second-summit"),
    ("CICA summit II", "2006-second-summit"),
    ("working session 2", "session-2"),
    ("working session first", "session-1"),
])
def test_ordinals_written_any_way_pick_the_record_whose_title_has_that_ordinal(query, expected):
    assert resolve(SUMMITS, query).record["id"] == expected
