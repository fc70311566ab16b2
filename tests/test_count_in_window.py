"""A "how many" question whose count opens the paragraph shown ('A column of six PTC buses')
sees it on line 1: the window is not moved on to end after a later figure of its paragraph
(a distance in the next sentence) when that would drop the count it already shows. Found by
pile 8's convoy question. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

BUSES = """\
---
title: Pakistani coaches reach Bishkek by road
date: 2024-09-02
---
LAHORE: A state transport company has sent passenger coaches overland to Kyrgyzstan for the first time, its spokesman said on Monday.

A column of six PTC buses, each carrying spare tyres, tools and engine parts bought in Lahore, Multan, Sialkot and Quetta, left on Sunday for Osh in the south and for Bishkek and Talas in the north of Kyrgyzstan. The spokesman reckoned the road from Lahore at about 2,100 kilometres to Osh, 2,700 km to Bishkek and 3,050 km to Talas.

The coaches will carry travellers on the return run.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "buses", {"buses.md": BUSES})


def test_the_count_shown_stays_on_line_one(ask):
    line = ask("How many buses were in the PTC column that drove to Bishkek and Talas?")
    assert "six PTC buses" in line
