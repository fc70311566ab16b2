"""Two words of a keyword query that a text writes side by side, as the query does ('first
phase'), name the thing the query is about; a text holding them apart ('the rainy phase came
first') only holds its words. Not a pair a news item's title holds, which every paragraph of it
goes on about (tests/test_section_year.py). What the user sees: line 1 of plain output."""

from __future__ import annotations

from conftest import items_asker

CONTRACT = """\
---
title: Contract signed for Termez logistics hub
date: 2025-03-01
---
TERMEZ: The first phase of the Termez hub went to the contractor Orient Build, the ministry said on Monday, adding that border works would start once it had signed off the plans for the site.
"""

TRADERS = """\
---
title: Termez hub draws traders
date: 2025-05-01
---
TERMEZ: At the Termez hub the contractor's rainy phase came first.
"""


def test_keywords_a_text_writes_side_by_side_rank_it_first(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "side_by_side", {"contract.md": CONTRACT,
                                                         "traders.md": TRADERS})
    for query in ("termez hub first phase contractor", "first phase contractor termez"):
        assert "Orient Build" in ask(query)
