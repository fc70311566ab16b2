"""A name in another romanisation is corrected beside a word of the query that the documents write
as a name, though English has it too ('Amir Khan Mottaki' -> 'Muttaqi', beside 'Khan'); and a
pronoun standing for what is asked ('into something new') is no subject no document mentions.
What the user sees: line 1 of plain output, stderr, the exit code."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

ITEM = """\
---
title: Kazakh envoy in Kabul
date: 2022-03-10
---
KABUL: Kazakhstan's special envoy met the Taliban's acting foreign minister, Amir Khan Muttaqi, on Thursday.

The forum approved the Astana Statement on its transformation into a full organisation.

Earlier, Khan Sahib, a trader, said the envoy had met Khan Foundation staff.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("beside")
    return add_items(make_home(root / "home"), root, {"item.md": ITEM})


def test_a_name_beside_khan_in_another_spelling_is_corrected(home):
    r = run_kzpk(home, "search", "Amir Khan Mottaki", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Muttaqi" in r.out.splitlines()[0]
    assert "Amir Khan Muttaqi" in r.err  # said, never silently substituted


def test_something_is_no_subject(home):
    r = run_kzpk(home, "search", "What paper on turning the forum into something new was approved?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Astana Statement" in r.out.splitlines()[0]
