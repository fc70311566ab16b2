"""A title in small letters with its body's acronym before a name ('the chairman of the National
Disaster Management Authority (NDMA), Nadeem Ahmed, said') names the holder of the role a "who"
question asks, and the first paragraph saying so answers, not a later one holding the rest of
the question's words ('The crisis began on 4 January'). Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

LAKE = """\
---
title: Hunza landslide lake climbs a metre a day as NDMA plans for 40,000 people
date: 2010-05-18
---
ISLAMABAD — The lake that has been swelling behind the Attabad landslide in Hunza since the winter has reached a dangerous height, and the authorities are now preparing for the worst, the chairman of the National Disaster Management Authority (NDMA), Nadeem Ahmed, said at a press conference in the capital on Tuesday.

"We are getting ready for a caseload of 40,000 people who could be affected by flooding," the chairman told reporters.

The crisis began on 4 January, when a mountainside collapsed onto the village of Attabad, killing 20 people and destroying 26 homes. The rubble dammed the Hunza River and buried a stretch of the highway.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "small_title", {"lake.md": LAKE})


def test_small_letter_title_with_acronym_names_the_holder(ask):
    line = ask("Who chaired Pakistan's National Disaster Management Authority during the "
               "Hunza lake crisis?")
    assert "Nadeem Ahmed" in line, line
