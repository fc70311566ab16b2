"""Which paragraph of a news item answers a "how many" question: the figure a headline gives
beside the question's word ('Two dead, 640 injured as tremor shakes Quetta') is the one its
first paragraph tells, not another that a later paragraph, saying no more of the question,
gives of an earlier event. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

TREMOR = """\
---
title: Two dead, 640 injured as tremor shakes Quetta
date: 2024-03-11
---
QUETTA — A shallow earthquake of magnitude 5.6 shook Quetta late on Sunday, killing two people and injuring 640, the provincial health minister said.

Rescue teams worked through the night in the city's eastern districts, where many mud-brick houses fell.

Last month a tremor of magnitude 4.8 injured about 90 people in Quetta and damaged a school.
"""

@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "headline_figure", {"tremor.md": TREMOR})


def test_the_headline_figure_is_the_first_paragraphs(ask):
    line = ask("How many people were injured in the Quetta tremor?")
    assert "injuring 640" in line

