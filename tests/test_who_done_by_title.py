"""'Who will lead the summit?' is answered by a sentence saying it will be led by the holder of a
post, named by the post alone ('it would be led by the deputy prime minister'), rather than by
the sentence naming the minister who announced the summit."""

from __future__ import annotations

import pytest

from conftest import items_asker

SUMMIT = """\
---
title: Karachi to host a river transit summit in November
date: 2025-05-02
---
KARACHI: Pakistan will host a river transit summit in November, Ports Minister Kamran Ali Shah said on Wednesday after a meeting with shipping firms.

Delegations from Kazakhstan, Uzbekistan and Turkmenistan will be invited. The minister set up a steering committee for the summit and said it would be led by the deputy prime minister.

The meeting also discussed dredging at Port Qasim.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "who-by-title", {"summit.md": SUMMIT})


def test_role_verb_question_answered_by_the_post_that_does_it(ask):
    line = ask("Who will lead the river transit summit?")
    assert "led by the deputy prime minister" in line


def test_a_name_still_answers_when_given(ask):
    # (a question of no role verb is not answered by 'by the <post>')
    line = ask("Who announced the river transit summit in Karachi?")
    assert "Kamran Ali Shah" in line
