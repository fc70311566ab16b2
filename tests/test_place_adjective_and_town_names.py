"""Two spellings of places. 'Tibetan' is the people's adjective of 'Tibet', searched as the place
a text names; and a short town's name a letter from an English word's stem only ('Tabas': 'taba',
'tabl') is no slip for that word ('Table'): kzpk says it does not know."""

from __future__ import annotations

import pytest

from conftest import items_asker, run_kzpk

QUAKE = """\
---
title: Strong quake shakes Tibet's Dingri county
date: 2025-01-07
---

LHASA, Jan 7, 2025 (Himalaya Wire) - A shallow earthquake of magnitude 6.8 struck Dingri county in Tibet on Tuesday morning, killing at least 95 people.

The ground near the epicentre lies at an average altitude of about 4,200 metres, the seismic agency said. A table of the aftershocks was posted on its website.
"""

@pytest.fixture(scope="module")
def home(tmp_path_factory):
    from conftest import add_items, make_home

    root = tmp_path_factory.mktemp("tibetan_tabas")
    return add_items(make_home(root / "home"), root, {"quake.md": QUAKE})


def test_a_peoples_adjective_is_its_place(home):
    r = run_kzpk(home, "search", "How high is the ground around the Tibetan quake's epicentre?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "4,200 metres" in r.out.splitlines()[0]


def test_a_town_is_no_english_word(home):
    r = run_kzpk(home, "search", "Tabas earthquake death toll")
    assert r.code == 1
    assert "no document mentions 'Tabas'" in r.err

