"""A noun of the one an act is done to that no document writes ('employees') is searched as its
verb ('employ'), as 'consumption' is searched as 'consume', and the change is said: the
sentence 'We used to employ 860 people' answers, not one without the word. Line 1 of plain
output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

MILL = """\
---
title: Prime minister tells idle Vaskar leather mill to make coats
date: 2013-01-21
---
VASKAR - Prime Minister Tamir Oskenbay has told the idle leather mill in Vaskar that it should be sewing sheepskin coats for the winter instead of leaving the market to importers.

Turning to the mill's director, Dina Serik, the prime minister asked when the people of Vaskar would be able to buy locally made coats. Production had stopped and the mill had no cash left. "We used to employ 860 people," she said.

The Vaskar leather mill is one of the oldest industrial names in the region, and its workshops once sold leather across the country.
"""


def test_the_noun_is_searched_as_its_verb(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "acted_on", {"mill.md": MILL})
    assert "860 people" in ask("How many employees did the Vaskar leather mill have?")
