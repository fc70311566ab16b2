"""A short number in a query word ('sina-1') matches a whole number only: the '1' of 'Velor-1' is
not the start of '1,380 kg', so a fact about another craft's weight does not answer 'velor-1
satellite weight'; the passage about Velor-1 does. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

VELOR = """\
TEHRAN, Oct 31 (Test Gulf Wire) - Orlania now counts itself among the countries with a satellite of its own in orbit, its communications minister said on Thursday.

Velor-1 was built for the ministry by Polyet, a company in the north that also supplied the launch. The craft weighs 170 kilograms and carries a communications package and a camera that can make out objects of about 50 metres, according to the director general of Orlania Electronic Industries. He said construction took four years.
"""

MOON = """\
---
title: Moon probe lifts off
date: 2008-10-22
source: Test Space News
---

# Moon probe lifts off

The four-stage rocket, 44.4 metres tall, left the pad at the end of a 49-hour countdown. Some 19 minutes later it let go of the 1,380 kg spacecraft in an elongated transfer orbit that swings from about 250 km above the Earth.
"""


def test_a_short_number_of_a_name_is_a_whole_number(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "short_number",
                                      {"velor.txt": VELOR, "moon.md": MOON}))
    assert "170 kilograms" in ask("velor-1 satellite weight")
