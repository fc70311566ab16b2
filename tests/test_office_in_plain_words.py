"""An office said in plain words is found as a text titles it: 'the boss of the port operator'
is its chief executive. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

PORT = """\
---
title: Gulf port operator buys into Kazakh free zone
date: 2018-03-26
---
ABU DHABI: Gulf Ports Group agreed on Saturday to take a 51% stake in the Khorgos free economic zone, the company said.

The deal builds on a memorandum the company and the Kazakh government signed in January 2017 on the development of the zone.

Its group chief executive, Omar Al Haddad, signed for the company, while the president of the national railway, Daulet Serikov, signed for Kazakhstan.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "office_in_plain_words", {"port.md": PORT})


def test_the_boss_is_the_chief_executive(ask):
    assert "Omar Al Haddad" in ask("Who is the boss of the Gulf port operator buying into the Kazakh zone?")

