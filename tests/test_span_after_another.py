"""'How long ...?' asks a span: one that dates another thing by it ('three hours after lift-off')
is no answer, one said as a span ('a 49-hour countdown', 'will run the road for 15 years after
building it') is. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

LAUNCH = """\
---
title: Orlania sends its first probe on its way to the Moon
date: 2008-10-22
source: Test Space News
---

# Orlania sends its first probe on its way to the Moon

Orlania's first mission to the Moon got off the ground on Wednesday morning, when flight OLV-C11 rose through low cloud from the second launch pad at Velkaran.

The four-stage rocket, 44.4 metres tall, left the pad at the end of a 49-hour countdown. Some 19 minutes later it let go of the spacecraft in an elongated transfer orbit.

At a packed press conference three hours after lift-off, the agency's chairman, visibly delighted, called the launch of OLV-C11 from Velkaran a proud moment for the agency and thanked the countdown team.
"""


def test_a_span_dating_another_thing_is_no_answer(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "span_after",
                                      {"launch.md": LAUNCH}))
    assert "49-hour countdown" in ask("How long was the countdown before OLV-C11 lifted off from "
                                      "Velkaran?")
