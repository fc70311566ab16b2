"""A "who" question asking what befell someone ('Who was trampled ...?'): the sentence naming
the person with a post between commas and then what they did or suffered, past the usual reach
('police said Tarsing Olhi, a 40-year-old porter and father of seven, lost his footing in the
crush and was trampled by those around him'), answers; not the item's first paragraph telling
of an unnamed 'porter'. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

ITEM = """\
---
title: Porter crushed to death in rush for cheap rice in Velgarh
date: 2023-01-09
source: Test Monitor
---

# Porter crushed to death in rush for cheap rice in Velgarh

A porter was trampled to death on Saturday as crowds fought over subsidised rice sold from the back of government trucks in Velgarh, as the country's worst rice shortage in years spread from province to province.

The stampede happened near the commissioner's office, where two trucks had parked to sell 10-kg bags at the official rate. There was no queue. People pushed around the vehicles to grab a bag before the stock ran out, and police said Tarsing Olhi, a 40-year-old porter and father of seven, lost his footing in the crush and was trampled by those around him. It was not clear what set off the rush.

Olhi's family staged a sit-in outside the press club for five hours and dispersed only after police promised to act.

Prices have hit levels never seen before. A 10-kg bag costs around 1,500 in the capital.
"""


def test_the_person_named_before_what_befell_them_answers(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "doer_after_post", {"velgarh.md": ITEM})
    assert "Tarsing Olhi" in ask("Who was trampled to death buying subsidised rice in Velgarh?")
