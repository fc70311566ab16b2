"""A name typed as people type it in a hurry: without the apostrophe of its elided article
('loreal' for "L'Oreal", which the index holds as 'oreal'), or a town by its short official
form ('Petropavl' for 'Petropavlovsk'). Each is searched as the documents write it and the
correction is said on stderr; a word that only begins a written name in another way is still a
subject no document mentions. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

PLANT = """\
VORSINO, Sept 23, 2010 (Test Wire) - L'Oreal opened its first Russian factory on Thursday at the Vorsino industrial park, 26 million euros of investment.

The plant has a capacity of 120 million units a year, its manager said.
"""

MILL = """\
---
title: Tissue mill opens in the north
date: 2022-10-19
---
A tissue paper mill opened in Petropavlovsk on Tuesday. Its director, Dmitry Sharapayev, said the mill would employ 80 people.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("without_apostrophe")
    return add_items(make_home(root / "home"), root, {"plant.txt": PLANT, "mill.md": MILL})


def test_a_name_without_its_apostrophe_is_the_name(home):
    r = run_kzpk(home, "search", "loreal plant capacity", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "120 million units" in r.out.splitlines()[0]
    assert "L'Oreal" in r.err


def test_a_town_by_its_short_form_is_the_town(home):
    r = run_kzpk(home, "search", "Who is the director of the tissue mill in Petropavl?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Dmitry Sharapayev" in r.out.splitlines()[0]
    assert "Petropavlovsk" in r.err


def test_a_word_only_beginning_a_name_is_no_subject_found(home):
    r = run_kzpk(home, "search", "Petropav tissue mill", "--format", "plain")
    assert r.code == 1
    assert "Petropav" in r.err
