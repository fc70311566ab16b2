"""'tender winner' where no document writes 'winner': the text saying who won the tender
answers ('Australia's AWB won the tender ...'), not a paragraph holding the other words."""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

ITEM = """---
title: "First imported rice in a decade berths at Chittagong"
date: "2009-05-12"
source: "Bay Commodity Monitor"
---

CHITTAGONG, Bangladesh — The first shipload of imported rice in ten years berthed at Chittagong
port on Monday, carrying 30,000 tonnes bought to refill the country's buffer stocks.

The rice will stay on board until inspectors from the food ministry have checked it against
the tender. Its terms are strict, and the tender sets out every test the grain must pass.

Thailand's Siam Grain won the tender at the end of March with the lowest bid, about $410 a
tonne, cost and freight.
"""


def test_winner_is_who_won(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "winner",
                                      {"chittagong-rice.md": ITEM}))
    assert "Siam Grain won the tender" in ask("bangladesh rice import tender 2009 winner")
