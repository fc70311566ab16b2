"""A question in words of its own finds the text: 'obstacles' for the 'challenges' a text
names, 'merging' for its 'integration', 'stage' for its 'phase', 'journeys' for its 'trips'.
Line 1 of plain output on the bundled corpus and on an invented news item."""

from __future__ import annotations

from conftest import line1_of


def test_obstacles_are_challenges(real_home):
    assert "infrastructure deficiencies" in line1_of(real_home)(
        "Which obstacles keep the two economies from merging fully?")


def test_stage_is_phase(real_home):
    assert "decisive phase" in line1_of(real_home)(
        "At what stage are Kazakhstan-Pakistan ties now, in the words of the ex-commerce "
        "minister?")


ROADS = """\
---
title: Vaskarian roads during the new year holidays
date: 2025-04-02
---
Road accidents killed 747 people on Vaskarian roads during the holiday travel plan, the traffic police counted on Wednesday.

The traffic chief said 480 million vehicle trips had been logged since the plan began, about 3% more than a year earlier.
"""


def test_journeys_are_trips(tmp_path_factory):
    from conftest import items_asker

    ask = items_asker(tmp_path_factory, "journeys", {"roads.md": ROADS})
    assert "480 million vehicle trips" in ask(
        "How many car journeys were counted on Vaskarian roads during the holiday plan?")
