"""A query word no document writes that is close to one a document does write: corrected only
when it is surely that word, else "did you mean" on stderr and exit 1. A place two letters from
a place the texts write is another place, even when that place is also a word of English
('Shangrao' is not 'Shanghai', which English has as a verb); a word that only shares its first
letters with one the texts write is no form of it ('questa' is no 'question'); a clipped word
is the word it clips ('pharma' for 'pharmaceutical'). Invented news item, taken from no
document kzpk bundles and no evaluation set; each test reads what the user sees."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

ITEM = """\
---
title: Freight from Shanghai reaches Vask
date: 2024-03-02
---
VASK – The first freight train from Shanghai reached Vask on Friday, carrying parts for the pharmaceutical plant at Kessa.

Officials said the question of a second weekly train would be settled in May.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("near-misses")
    return add_items(make_home(root / "home"), root, {"item.md": ITEM})


def search(home, query):
    return run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")


def test_a_place_two_letters_from_another_is_offered_not_searched(home):
    r = search(home, "Shangrao freight train")
    assert r.code == 1 and r.out == ""
    assert "no document mentions 'Shangrao' (did you mean 'Shanghai freight train'?)" in r.err


def test_a_word_sharing_only_its_first_letters_is_no_form_of_another(home):
    r = search(home, "questa freight train")
    assert r.code == 1 and r.out == ""
    assert "no document mentions 'questa'" in r.err and "question" not in r.err


def test_a_clipped_word_is_the_word_it_clips(home):
    r = search(home, "freight train pharma plant")
    assert r.code == 0, r.err
    assert "pharmaceutical plant at Kessa" in r.out.splitlines()[0]
