"""A decade in words ('the mid-nineties') is a time, not a subject no document mentions: it is
searched as the documents write it in figures ('In the mid-1990s ...'), said on stderr, and the
question is answered. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

ITEM = """\
---
title: Orlania's iodised salt programme
date: 2019-11-05
source: Test Health News
---

# Orlania's iodised salt programme

The national salt iodisation programme dates from 1994. In the mid-1990s the children's fund counted 468 salt producers in the country, of which 157 were already producing iodised salt.
"""


def test_a_decade_in_words_is_searched_in_figures(tmp_path_factory):
    root = tmp_path_factory.mktemp("decade")
    home = add_items(make_home(root / "home"), root, {"salt.md": ITEM})
    r = run_kzpk(home, "search", "How many salt producers were already producing iodised salt "
                 "in the mid-nineties?", "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "searched for '1990s'" in r.err
    assert "157 were already producing" in r.out.splitlines()[0]
