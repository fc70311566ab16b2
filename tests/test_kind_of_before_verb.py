"""'What kind of tea makes up almost 90% of ...?' asks a kind of tea ('black tea packed in tea
bags'): 'makes', a verb here, is not the thing whose kind is asked, so a text saying 'companies
... make' is no kind named.

Invented news items, taken from no document kzpk bundles and no evaluation set, added to the
bundled corpus; the test reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

ORLAND = """\
VASK, May 27 (Steppe Wire) - Orland's tea import bill climbed to a record last year.

The country usually spends about $100 million a year on tea. Almost 90% of what Orland imports is black tea packed in tea bags, sold in boxes of up to 3 kilograms.
"""

MARN = """\
---
title: "China supplies most of Marn's tea as imports edge up"
date: "2024-08-04"
---

Marn's climate does not allow tea to be grown on an industrial scale, so the country depends almost entirely on imports, and tea companies in the capital make up most of the blends sold there.
"""


def test_a_verb_after_the_thing_is_no_part_of_it(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "kindverb",
                                      {"orland.txt": ORLAND, "marn.md": MARN}))
    line = ask("What kind of tea makes up almost 90% of Orland's tea imports?")
    assert "black tea packed in tea bags" in line.split(" — ")[0], line
