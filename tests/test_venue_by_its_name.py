"""A "where" question naming the kind of place it asks for ('In which hall ...?') is answered
by the paragraph naming a venue of that kind by its own name, whatever word leads to it
('walked onto the stage of Jubilee Concert Hall'), not by a later paragraph naming other
places; a body named like a venue ('the Regional Centre for Water Studies') is no venue."""

from __future__ import annotations

import pytest

from conftest import items_asker

CONTEST = """\
TASHKENT, May 3 (Steppe Wire) - Twelve school teams walked onto the stage of Jubilee Concert Hall in Tashkent on Saturday for the opening of the Silk Road Robotics Cup, a new contest for secondary-school students.

The team from Quetta had twice been turned down for visas at the consulate in Karachi before officials in Islamabad stepped in, and reached Tashkent a day before the opening.

The cup was organised by the Regional Centre for Engineering Education in Samarkand.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "venue_by_its_name", {"cup.txt": CONTEST})


def test_hall_named_by_its_name_answers(ask):
    line = ask("In which hall in Tashkent did the Silk Road Robotics Cup open?")
    # (the hit's own text, before its item's title: a wire's title is its first sentence)
    assert "Jubilee Concert Hall" in line.split(" — ")[0]
