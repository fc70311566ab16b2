"""A region's name ('Central Asia', 'South Asia', 'the Middle East') is no person: a sentence
saying one near the question's words does not answer "who". Line 1 of plain output, as the
user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

GAMES = """\
---
title: Silver for Pakistan on day two of the Steppe Games
date: 2024-09-11
---
ASTANA: Pakistan won a silver medal on the second day of the Steppe Games on Tuesday.

About 20 Pakistani riders are taking part in the games, which bring together medal winners from across Central Asia and beyond.

One of the medals came in kok-boru, with Bashir Ahmed Khan leading the side.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "region", {"games.md": GAMES})


def test_a_region_is_no_one_who_won(ask):
    assert "Bashir Ahmed Khan" in ask("Who won a silver medal for Pakistan at the Steppe Games?")


def test_region_names_are_no_person_names():
    from kzpk.question import person_names

    assert person_names("riders from across Central Asia and beyond", set()) == []
    assert person_names("its weight in South Asia", set()) == []
    assert person_names("with Bashir Ahmed Khan leading", set()) == ["Bashir Ahmed Khan"]
