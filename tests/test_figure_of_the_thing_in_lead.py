"""'How much wheat can X hold?' keeps the first paragraph's '22,000 tonnes of wheat' over a later
paragraph holding the question's verb but giving a figure of another thing ('can hold 200,000
tonnes of food')."""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

ITEM = """---
title: "Tajikistan opens its first national seed bank in Dushanbe"
date: "2015-06-09"
source: "Pamir Aid Monitor"
---

DUSHANBE — Tajikistan's Ministry of Agriculture and the UN Food and Agriculture Organization on
Tuesday opened the country's first National Seed Bank, a store in the capital that can keep up
to 9,000 tonnes of wheat seed.

The ribbon was cut by the agriculture minister and the FAO's country representative. The store
cost $4.1 million and stands beside the old city granary.

The Dushanbe store is only the first phase. A national programme, in which the World Bank is
also taking part, is meant to build new stores until the country can hold 60,000 tonnes of
seed of every kind.
"""


def test_the_figure_of_the_thing_asked(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "seedbank",
                                      {"dushanbe-seed-bank.md": ITEM}))
    assert "9,000 tonnes of wheat seed" in ask("How much wheat seed can Tajikistan's first "
                                               "National Seed Bank hold?")
