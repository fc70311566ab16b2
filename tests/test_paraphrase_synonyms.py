"""A question in words of its own finds the text: 'obstacles' for the 'challenges' a text
names, 'merging' for its 'integration', 'stage' for its 'phase'. Line 1 of plain output on the
bundled corpus."""

from __future__ import annotations

from conftest import line1_of


def test_obstacles_are_challenges(real_home):
    assert "infrastructure deficiencies" in line1_of(real_home)(
        "Which obstacles keep the two economies from merging fully?")


def test_stage_is_phase(real_home):
    assert "decisive phase" in line1_of(real_home)(
        "At what stage are Kazakhstan-Pakistan ties now, in the words of the ex-commerce "
        "minister?")
