"""'How many of the leopards ... were female?' counts the females, not the leopards; 'Which
Omani sultan ...?' asks for a person, as 'Which minister ...?' does: line 1 answers."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, line1_of

LEOPARDS = """\
BUKHARA, March 4, 2023 (Steppe Wire) - Nine leopards flown from Nairobi were released into quarantine pens at the Bukhara breeding centre on Saturday, officials said.

The chartered cargo plane carrying the animals - six females and three males, aged one to five - left Kenya on Friday evening.
"""

FALCONS = """\
---
title: Falcon permits for Gulf visitors
date: 2021-01-10
---
Uzbekistan has issued permits to fly falcons in the Kyzylkum desert this winter to the Sultan of Oman, Haitham bin Tariq, and to members of his court.

A separate party led by Sheikh Hamdan Al Maktoum of Dubai landed at Navoi airport on a private jet, where regional officials received them.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("royal")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"leopards.txt": LEOPARDS, "falcons.md": FALCONS})
    return line1_of(home)


def test_how_many_of_the_things_were_of_a_kind_counts_that_kind(ask):
    line = ask("How many of the leopards flown from Nairobi to Bukhara were female?")
    assert "six females and three males" in line.rsplit(" — ", 1)[0]


def test_which_sultan_asks_for_a_person(ask):
    line = ask("Which Omani sultan received permits to fly falcons in the Kyzylkum desert?")
    assert "Haitham bin Tariq" in line.rsplit(" — ", 1)[0]
