"""'How heavy ...?' asks a weight: the sentence giving a figure in a unit of weight ('the 1,380 kg
spacecraft') answers, not one giving another amount ('a polar orbit 100 km above the surface',
'budgeted at Rs 386 crore'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

ITEM = """\
---
title: Orlania sends its first probe on its way to the Moon
date: 2008-10-22
source: Test Space News
---

# Orlania sends its first probe on its way to the Moon

Orlania's first mission to the Moon got off the ground on Wednesday morning, when its launch vehicle rose through low cloud from the second launch pad of the coastal range.

The four-stage rocket, 44.4 metres tall, left the pad at the end of a long countdown. Some 19 minutes later it let go of the 1,380 kg spacecraft in an elongated transfer orbit that swings from about 250 km above the Earth out to roughly 23,000 km.

Over the next few weeks the probe is to fire its own motor several times to climb out towards the Moon and finally settle into a polar orbit 100 km above the lunar surface, where it is designed to work for two years.

The whole mission is budgeted at 386 million lari, well under half what comparable lunar probes from other countries have cost.
"""


def test_a_weight_asked_is_a_figure_in_a_unit_of_weight(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "measure_unit",
                                      {"moon.md": ITEM}))
    assert "1,380 kg" in ask("How heavy was the probe Orlania sent towards the Moon in "
                             "October 2008?")
