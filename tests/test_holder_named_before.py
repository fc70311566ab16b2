""""Which parliamentary secretary ...?" answered by a paragraph that speaks of the holder by the
post alone ('The parliamentary secretary is to lead the delegation ...'): line 1 names the one
an earlier paragraph gives in that post, found by any word of the post, so a misspelt
qualifier ('the Parliamentry Secretary for ..., Sadia Rauf Gillani') does not hide them. Line 1
of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

SCHOOLS = """\
---
title: Pakistan to send delegation to study Kazakh schools
date: 2023-11-20
---
ISLAMABAD – Pakistan and Kazakhstan have agreed to widen their cooperation in secondary education, and an official Pakistani delegation will travel to Kazakhstan to study its schools.

The decision came at a meeting between the Kazakh Ambassador, Nurlan Seitkali, and the Parliamentry Secretary for the Ministry of Education, Sadia Rauf Gillani. Their talks dealt with links between the school systems of the two countries.

The parliamentary secretary is to lead the delegation, whose members will study Kazakhstan's school programmes and teacher training first-hand.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "holder_named_before", {"schools.md": SCHOOLS})


def test_the_holder_named_before_answers(ask):
    line = ask("Which parliamentary secretary is to lead a Pakistani delegation to study "
               "Kazakh school programmes and teacher training?")
    assert line.startswith("1. [passage] 2023-11-20 Sadia Rauf Gillani (the parliamentary secretary named in ")
