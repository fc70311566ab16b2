"""A "who" question names what a later paragraph of a news item tells ('the delegation met the
National Grain Board'), and that paragraph goes on about the delegation by its common noun,
naming no one; the paragraph just before names the delegation with the person asked for ('A
delegation headed by Pel Darro ...'): that paragraph answers.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

TOUR = """\
---
title: "Orlen chamber chief tours Vask and Tessa: grain port in Marn, business council revival"
source: Caravan Trade Monitor
---

A delegation headed by Pel Darro, chairman of the Chamber of Commerce and Industry of Orlen, has visited Vask and Tessa.

On its first day, in Vask, the delegation met the leadership of the National Grain Board (NGB). The two sides discussed how to widen trade and economic cooperation, and paid particular attention to a grain port the NGB is building in Marn.

In Tessa the visitors agreed with the Tessa chamber to revive the joint business council, which has not met since 2019.
"""


OTHER = """\
---
title: Orlen chamber team courts Vask leather processor
date: 2025-05-27
source: Caravan Trade Monitor
---

A delegation from the Chamber of Commerce and Industry of Orlen, headed by the chamber's deputy chairman Ansel Korr, has held talks in Vask with the management of the leather processor Hide Plus.

The delegation and the processor agreed to look at a joint tannery in Tessa.
"""


def test_the_paragraph_before_names_who_led_what_a_later_one_tells(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"tour.md": TOUR, "other.md": OTHER})
    line = line1_of(home)("Who headed the Orlen chamber delegation that met the National Grain "
                          "Board in Vask?")
    assert "Pel Darro" in line
