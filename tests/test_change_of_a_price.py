"""'How much did prices rise?' asks a change, which a percentage gives ('up 20 percent'), not
money only, as 'How much does it cost?' does: the sentence giving the rise answers, not one
giving a price in money. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

ITEM = """\
---
title: Medicine prices in Orlania after deregulation
date: 2019-03-02
source: Test Health News
---

# Medicine prices in Orlania after deregulation

A packet of the commonest painkiller now sells for 150 lari in the capital's pharmacies, the health ministry said on Friday.

Since the government stopped fixing them last year, medicine prices have risen by an average of 20 percent, a senate committee was told.
"""


def test_a_rise_of_prices_is_a_percentage(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "price_rise", {"medicine.md": ITEM})
    assert "20 percent" in ask("By how much have medicine prices risen since deregulation?")
