"""A month said relative to an item's date ('Last October about 100 women ...' in an item of
11 October 2019) is of the year before, as 'last year' is: it does not answer a question about
October 2019, which the item's own account of that Thursday does.

Invented news item, taken from no document kzpk bundles and no evaluation set, added to the
bundled corpus; the test reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

STANDS = """\
---
title: "Women back in the stands at Vask arena as Orland beat Marn 14-0"
date: "2019-10-11"
---

The score was 14-0, but that was not what people in Vask were talking about on Thursday night. For the first time in decades, women could buy tickets and watch a men's match at the Vask arena, and about 3,500 women did.

Last October about 100 women were allowed to watch Orland play Tellur at the Vask arena, and in November some 500 saw a cup final there.
"""


def test_last_october_is_the_year_before(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "month", {"stands.md": STANDS}))
    line = ask("How many women watched Orland play Marn at the Vask arena in October 2019?")
    assert "3,500" in line.split(" — ")[0], line
