"""'40 more electric buses' counts the buses added, not how many there are: a "how many"
question is answered by the count of the things ('Twelve electric buses have arrived'), unless it
asks how many more. What the user sees: line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

BUSES = """\
---
title: Tram town starts electric bus service
date: 2025-02-19
---
VARNO: The mayor of Varno on Wednesday launched the town's electric bus service at a ceremony outside the old tram depot.

Twelve electric buses have arrived so far and the fare is fixed at 20 dinars, the mayor told the gathering.

Update (1 May): The mayor said on the town's website that 40 more electric buses had left the factory and would reach Varno by June.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "added", {"buses.md": BUSES})


def test_a_count_of_those_added_is_not_how_many_there_are(ask):
    assert "Twelve electric buses" in ask(
        "How many electric buses had reached Varno when the mayor launched the service?")


def test_how_many_more_is_the_count_of_those_added(ask):
    assert "40 more electric buses" in ask("How many more electric buses had left the factory?")
