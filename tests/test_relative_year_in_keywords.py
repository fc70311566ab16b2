"""Keywords saying 'next year' or 'last year' ('uzbekistan fish production target next year
tonnes') say the time of what they ask, not that they ask a date: the sentence giving the
target answers, not one dated in another year. Line 1 of plain output."""

from __future__ import annotations

from conftest import items_asker

FISH = """\
---
title: Mirziyoyev wants fish farms to reach 600,000 tonnes after a record year
date: 2021-12-24
---
TASHKENT — President Shavkat Mirziyoyev said on Thursday that fish production in Uzbekistan would reach almost 400,000 tonnes this year.

The target for next year is 600,000 tonnes. To reach it, the government intends to lean on clusters and cooperative fish farms.

A further decree in February 2018 set a target of up to 150,000 tonnes of fish for that year, after a harvest of about 100,000 tonnes in 2017.
"""


def test_next_year_is_no_date_asked(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "relative_year", {"fish.md": FISH})
    line = ask("uzbekistan fish production target next year tonnes")
    assert "600,000 tonnes" in line and "150,000" not in line, line
