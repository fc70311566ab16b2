"""Forms of a question that say what is asked without a question word in front (issue 13): a
keyword query asking for a date ('date relations began'), a numbered thing written after a word
of small letters ('working session I'), a question asked at the end of what it names ('Kistafin
ambassador of what'). What the user sees: line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import make_home, run_kzpk

RELATIONS = """\
---
title: Thirty years of ties
date: 2022-02-24
---
Relations between the two countries began in 1992 and diplomatic ties have grown since, both sides said.

Kazakhstan and Pakistan established diplomatic relations on 24 February 1992.
"""

SESSIONS = """\
---
title: Conference on connectivity
date: 2024-05-02
---
At the conference on connectivity, Working Session II was moderated by Dr. Amina Noor of the institute.

Working Session I was moderated by Dr. Talat Rahim.
"""


@pytest.fixture(scope="module")
def pile(tmp_path_factory):
    root = tmp_path_factory.mktemp("forms")
    home = make_home(root / "home")
    for name, text in (("relations.md", RELATIONS), ("sessions.md", SESSIONS)):
        (root / name).write_text(text, encoding="utf-8")
        r = run_kzpk(home, "add", str(root / name))
        assert r.code == 0, r.err

    def line1(query: str) -> str:
        r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
        assert r.code == 0, r.err
        return r.out.splitlines()[0]

    return line1


def test_a_keyword_query_naming_a_date_asks_for_the_day(pile):
    # 'date' asks when, and for the day: the year alone does not answer it
    assert "24 February 1992" in pile("date diplomatic relations began")


def test_a_roman_number_after_a_word_of_small_letters_names_that_one(pile):
    # the second session's paragraph holds more of the words; it is not the one asked about
    assert "Talat Rahim" in pile("Who moderated working session I at the conference?")


def test_a_question_asked_after_a_title_asks_the_named_persons_particulars(pile):
    # 'ambassador of what' asks what the named person is ambassador of, not who is ambassador
    assert pile("Yerzhan Kistafin ambassador of what").startswith(
        "1. [entity] Yerzhan Kistafin — Ambassador")
