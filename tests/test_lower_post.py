"""'Who is the president of the federation?': the sentence naming its president answers, not
one naming its vice-president, which holds more of the question's words ('Federation
vice-president <name> has said the QVF ...'). A question asking the lower post itself still gets
it. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FEDERATION = """\
---
title: Orlania recognises vaskball as an official sport, Vaskball Federation says
date: 2018-06-26
---
ORLA - The Orlanian sports ministry has accredited the Vaskball Federation (QVF), recognising vaskball as an official sport and letting clubs register players.

Its president, Tamir Oskenbay, who also chairs the board of a telecoms operator, welcomed the decision on the radio and said the sport would now grow fast.

Federation vice-president Dina Serik has said the Vaskball Federation will launch a national league so that players anywhere in the country can compete in a federation season.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "lower_post", {"federation.md": FEDERATION})


def test_the_post_asked_not_a_lower_one(ask):
    assert "Tamir Oskenbay" in ask("Who is the president of the Vaskball Federation?")


def test_the_lower_post_asked_by_its_name(ask):
    assert "Dina Serik" in ask("Who is the vice-president of the Vaskball Federation?")
