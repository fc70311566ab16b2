"""Keywords giving a rare name ('ovadan glass plant bottles per year'): a paragraph of the item
that names it (in its title) answers, not a paragraph of another item holding more of the
other words ('The plant is designed to turn out 120 million bottles a year ... glass
containers') that never says the name. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

ORDA = """\
---
title: Orla signs for a second glass plant, this time for bottles
date: 2023-06-29
---
ORLA - The Orla regional akimat has signed a memorandum with two companies to build a factory for glass containers in the city.

The project is estimated at 55 million euros. The plant is designed to turn out 120 million premium bottles a year, or about 160 tonnes of glass containers a day, so that drinks packed in them can be exported.

The first glass plant of the region makes flat glass and came into service last autumn.
"""

OVADAN = """\
---
title: Ovadan opens its first float glass works
date: 2018-02-14
---
VASKAR - President Tamir Oskenbay opened Ovadan's first float glass works in the town on Wednesday, part of a drive to make at home what the country buys abroad.

The works, built by a foreign contractor, will make sheet glass for windows and mirrors, and later bottles.

Its builders said at the time that the bottle line alone would make 95 million bottles a year and that around 600 people would work in glassmaking.
"""


def test_the_item_saying_the_name_answers(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "rare_name", {"orda.md": ORDA, "ovadan.md": OVADAN})
    assert "95 million bottles" in ask("ovadan glass plant bottles per year")
