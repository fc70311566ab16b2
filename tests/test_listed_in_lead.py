"""A news item whose first paragraph lists several things ('libraries named after Abai,
Shokan Valikhanov and Zhambyl Zhabayev') and then tells of each in a paragraph of its own: a
question naming one of them is about that one's paragraph, though the first paragraph holds
every word of the question. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

LIBRARIES = """\
---
title: Reading rooms open at three Lahore colleges
date: 2025-03-11
---
During a visit to Lahore by Kazakhstan's culture minister, the minister and the Punjab governor opened new reading rooms named after Abai, Shokan Valikhanov and Zhambyl Zhabayev at three colleges of the city.

**Abai Room.** It was equipped by the Kazakh embassy with bookshelves and computers, and Russian classes will be held there twice a week.

**Shokan Valikhanov Room.** Maps and travel journals from the nineteenth century have been lent to it by a museum in Almaty.

**Zhambyl Zhabayev Room.** Recordings of folk poets and a small stage for recitals are its main features.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "listed_in_lead", {"libraries.md": LIBRARIES})


def test_the_paragraph_of_the_one_listed_thing_asked_answers(ask):
    line = ask("What is planned for the new Abai reading room in Lahore?")
    assert "Russian classes" in line


def test_another_listed_thing(ask):
    line = ask("What can visitors find in the Zhambyl Zhabayev reading room?")
    assert "folk poets" in line
