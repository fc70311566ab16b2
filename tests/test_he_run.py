"""A paragraph that names a speaker once and then goes on about them in several sentences,
some opening 'He ...', with a sentence naming no one between: who 'he' is, the nearest sentence
before naming someone says, so the sentence giving the answer counts the question's words for
the speaker ('the retired ambassador') and line 1 starts there, not at the sentence naming the
speaker. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

PANEL = """\
---
title: Panel on Kazakhstan-Pakistan ties at Lahore college
date: 2023-11-21
---
LAHORE: Mr. Javed Iqbal Rana, a retired ambassador and adviser to the Punjab government, spoke about cultural diplomacy and said both countries had to do far more for it. Visits by teachers and artists must be made easier on both sides. He also talked about tourism, because travellers who have seen a country speak for it at home. He thought that polo matches between teams of both countries should be played every spring and that television channels exchange dramas. He said shared faith was another bond.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "he_run", {"panel.md": PANEL})


def test_the_sentence_of_the_run_that_answers_starts_line_1(ask):
    line = ask("Which sport did the retired ambassador suggest the two peoples play?")
    assert "polo matches" in line
