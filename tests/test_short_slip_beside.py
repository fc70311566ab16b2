"""A short word a letter from an English word ('eaze', 'eas') is corrected when a document
writes that word beside a neighbouring word of the query, on the query's side ('ease of doing
business'), and to that word of two one letter away ('eas' is no 'east', though 'east' is the
commoner); a four-letter word in small letters a vowel from an English word is a slip wherever
it stands ('In what yeer ...?' -> 'year'); said on stderr, never silently. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home, run_kzpk

RANKING = """\
---
title: Uzbekistan climbs business ranking
date: 2020-01-15
---
TASHKENT: Uzbekistan ranked 69th for ease of doing business in the bank's 2020 report, the economy ministry said.

Trade with East Asia rose, led by exports to the east of China and to South Korea in the east.

The east of the country saw new factories open, and the east wing of the ministry was rebuilt.

A treaty on scientific cooperation was signed with Vaskaria that year, the first of its kind.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("short_slip_beside")
    return add_items(make_home(root / "home"), root, {"ranking.md": RANKING})


@pytest.fixture(scope="module")
def items(home):
    return line1_of(home)


@pytest.mark.parametrize("query", ["Where did Uzbekistan rank for eaze of doing business?",
                                   "uzbekistan rank eas of doing business 2020"])
def test_a_short_slip_beside_a_word_a_text_writes_it_with(items, query):
    assert "69th for ease of doing business" in items(query)


def test_a_four_letter_word_a_vowel_off_is_a_slip(home):
    r = run_kzpk(home, "search", "In what yeer was the treaty on scientific cooperation with "
                 "Vaskaria signed?", "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'In what year was the treaty" in r.err
    assert "A treaty on scientific cooperation was signed with Vaskaria" in r.out.splitlines()[0]
