"""A misspelt kind of answer ('In which feilds do ...?') is said corrected, and searched as the
word spelt right is when a document holds it: the same line 1 as for 'In which fields do
...?'. Line 1 of plain output, and the correction on stderr."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

MILITARY = """\
---
title: The state of bilateral relations
date: 2023-03-01
---
**Military cooperation.** Military cooperation is one of the relatively new fields between the two countries. They are cooperating in military training, particularly in peacekeeping operations and joint anti-terrorism exercises.
"""

YOUTH = """\
---
title: Ambassador proposes three dimensions of cooperation
date: 2022-03-10
---
The ambassador put forward three key dimensions of cooperation for the two countries, meant partly to bring their young people closer together.
"""

PARADE = """\
---
title: Parade in the capital
date: 2021-12-16
---
Both armies held parades in their capitals on Independence Day.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("misspelt_kind")
    return add_items(make_home(root / "home"), root, {"military.md": MILITARY,
                                                      "youth.md": YOUTH,
                                                      "parade.md": PARADE})


@pytest.mark.parametrize("query", ["in which fields do the two armies train together",
                                   "in which feilds do the two armies train together"])
def test_a_misspelt_kind_of_answer_is_searched_as_spelt_right(home, query):
    r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "peacekeeping operations" in r.out.splitlines()[0]
    if "feilds" in query:
        assert "showing results for 'in which fields do the two armies train together'" in r.err
