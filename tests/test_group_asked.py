"""'Which Uzbek pair won ...?' asks for the names of a group: 'pair' is the kind of answer, which
a text says instead of the names ('had paired X with Y', 'the pair beat ...'), not beside
them. The paragraph naming the winners answers, not one saying 'paired'. Line 1 of plain
output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

REGATTA = """\
---
title: Uzbekistan win the double sculls at the Lahore regatta
date: 2024-11-03
---
LAHORE: Uzbekistan won the double sculls at the Lahore regatta on Sunday when Aziz Karimov and Bekzod Tursunov beat the home crew by two lengths.

The draw for the heats had paired Karimov with Tursunov and Sherzod Aliev with Umid Nazarov, and both Uzbek crews won their heats of the double sculls at the regatta.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "group_asked", {"regatta.md": REGATTA})


def test_the_group_asked_for_is_no_word_of_the_subject(ask):
    line = ask("Which Uzbek pair won the double sculls at the Lahore regatta?")
    assert "Bekzod Tursunov" in line
