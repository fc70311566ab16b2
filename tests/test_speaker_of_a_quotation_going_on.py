"""A quotation going on from the sentence before, which says whose it is ('"I have lost five
camels," said Fazilya Kabdolova. "We live off our livestock ..."'), answers "who" with that
person on line 1; and 'Which woman ...?' asks for a person as 'Which farmer ...?' does. Line 1
of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

ATYRAU = """\
---
title: Camels dying of an unknown illness in Atyrau villages
date: 2025-07-18
---
ATYRAU: Camels have been dying in three villages of Kurmangazy district since early July, herders say.

"I have lost five camels and two young ones. The doctors are doing all they can," said Fazilya Kabdolova, who lives in Dyngyzyl. "We live off our livestock and nothing else. The whole village depends on it." Other villagers backed her up.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "quotation_going_on", {"atyrau.md": ATYRAU})


def test_the_speaker_named_in_the_sentence_before_answers(ask):
    line = ask("Which woman says her family lives off its livestock and nothing else?")
    assert "Fazilya Kabdolova" in line
    assert line.index("Fazilya Kabdolova") < line.index("We live off our livestock")
