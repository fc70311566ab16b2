"""A word of a name misspelt ('the Vask Institute for Parliamentary Servises') is the English word
a slip from it that a document writes beside the query's word before it ('Parliamentary
Services'): searched so and said, not "no document mentions 'Servises'".

An invented news item, taken from no document kzpk bundles and no evaluation set.
"""

from __future__ import annotations

from conftest import items_asker

PIPS = """\
---
title: Vask parliament's institute trains new staff
date: "2022-05-09"
source: Orlen Daily
---
The Vask Institute for Parliamentary Services has four basic functions, among them legislative services and help in drafting bills, its director general, Mira Tessaly, said on Monday.

Members of parliament and their staff can ask the institute's research services for briefs on any bill.
"""


def test_a_misspelt_word_of_a_name_is_the_word_beside_it(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "misspelt-name-word", {"pips.md": PIPS})
    line = ask("How many basic functions does the Vask Institute for Parliamentary Servises "
               "have?")
    assert "four basic functions" in line
