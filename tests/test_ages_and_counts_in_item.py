"""'How many weavers worked on the rug?' counts the weavers ('Some 900 weavers ... spent a year
on it'), not the paragraph telling their ages ('The weavers were all women aged between 18 and
55'): a number after 'aged' is an age, no count. And the last of a series asked ('last batch
... date') is answered by the text calling one final ('a final group of 90 on 9 October')."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, line1_of
from kzpk.question import counted, counts

RUG = """\
MASHHAD, May 3, 2010 (Khorasan Wire) - Iran on Monday showed off a hand-knotted rug of 4,300 square metres made for the Grand Mosque of Muscat, the largest its makers have produced.

The rug is worth $4.1 million, said Reza Tavakoli of the Khorasan Carpet Company. Some 900 weavers in two villages near Mashhad spent a year on it, using 30 tonnes of wool.

The weavers were all women aged between 18 and 55. About 40 men supervised the work and will fly to Oman to lay it. Because of its size it was knotted on six looms, and the six pieces will be joined on site.
"""

PRISONERS = """\
LAHORE, Oct 2 (Punjab Wire) - Pakistan freed the first group of 80 Afghan prisoners from Kot Lakhpat jail on Monday, officials said.

The men had been held for overstaying their visas. The first group leaves by bus for Torkham on Tuesday. A second group of 75 leaves on 5 October and a final group of 90 on 9 October, each crossing the border the next day.

Officials said all 245 had served their sentences.
"""


def test_an_age_is_no_count():
    weavers = counted("How many weavers worked on the rug?")
    assert not counts("The weavers were all women aged between 18 and 55.", weavers)
    assert counts("Some 900 weavers in two villages spent a year on it.", weavers)


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("rug")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"rug.txt": RUG, "prisoners.txt": PRISONERS})
    return line1_of(home)


def test_how_many_is_answered_by_the_count_of_the_things_asked(ask):
    line = ask("How many weavers worked on the rug for the Grand Mosque of Muscat?")
    assert "900 weavers" in line.rsplit(" — ", 1)[0]



def test_the_last_asked_is_answered_by_the_one_called_final(ask):
    line = ask("last batch afghan prisoners kot lakhpat release date")
    assert "90 on 9 October" in line.rsplit(" — ", 1)[0]
