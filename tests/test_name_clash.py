"""A question naming something by two capitalised words ('the Shah Vellam shrine') is not
answered by a text about another of that name's kind ('the Shah Noraz shrine', where '52 people
were killed'), though it holds the question's other words: the text of the one asked about
answers ('the toll from the assault at 15 dead'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

SEHRAN = """\
---
title: Suicide bomber kills 72 at a Sehran shrine
date: 2017-02-17
---
SEHRAN: A suicide bomber struck the crowded shrine of a Sufi saint in Sehran on Thursday evening.

The attack was strikingly like the bombing of the Shah Noraz shrine in Kuzdar district in November, when 52 people were killed.
"""

ORLAN = """\
ORLAN, Oct 29 (Test Faith Wire) - The gunman who attacked the Shah Vellam shrine in the southern city of Orlan on Wednesday has died of his wounds, the deputy governor said.

The official news agency put the toll from the assault at 15 dead, and state television said 40 people were wounded.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "name_clash", {"sehran.md": SEHRAN, "orlan.txt": ORLAN})


def test_another_thing_of_the_same_kind_does_not_answer(ask):
    assert "15 dead" in ask(
        "How many people were killed in the attack on the Shah Vellam shrine in Orlan?")
