"""'When did X last ...?' asks the date of the latest of a series: a text saying 'last' answers
before one that gives another date about the same things ('on May 2 the federation said it
would move the series'), as 'first' does for the first. Line 1 of plain output, as the user
reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

SQUASH = """\
---
title: Squash federation moves Pakistan-India series to Almaty
date: 2023-05-10
---
ISLAMABAD: The Asian Squash Federation has picked Almaty as the neutral venue for the Pakistan-India team series, turning down a request to keep it in Karachi.

India had asked for the series to be put back to late June, and on May 2 the federation said it would move the series out of Pakistan, after India's squash body wrote on April 20 that its players would not travel to play a squash series in Pakistan.

India last sent a squash team to Pakistan in 1998, when the series ended 3-2; Pakistan's last trip to India was in 2011.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "last", {"squash.md": SQUASH})


def test_the_text_saying_last_answers_when_last(ask):
    assert "1998" in ask("When did India last play a squash series in Pakistan?")


def test_last_year_and_the_verb_last_ask_no_latest():
    from kzpk.question import last_asked

    assert last_asked("When did India last play a Davis Cup tie in Pakistan?")
    assert not last_asked("How much did trade grow last year?")
    assert not last_asked("How long did the doubles in Nur-Sultan last?")
