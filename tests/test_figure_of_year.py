"""A figure asked for a year ('What were X's exports worth in 2016?') is not given by a record
of no date that states no year ('put export potential at US$1.9 billion'): figures change from
year to year, and the passage giving the figure of that year answers. Line 1 of plain output;
a home of our own (an item and records written for these tests)."""

from __future__ import annotations

import pytest

from conftest import line1_of, make_home

SOURCE = """\
---
id: rice-sales
title: Uzbek market worth more to Pakistani rice exporters, council says
date: "2017-11-17"
kind: news
---
Uzbek market worth more to Pakistani rice exporters, council says

According to the business council, Pakistan's sales to the Central Asian republic in 2016 came to $31.4 million, mostly rice and medicines.

A trade adviser at the meeting in Tashkent put Pakistan's potential at US$1.9 billion.
"""

RECORDS = """\
- id: pakistan
  type: place
  name: Pakistan
  sources:
    - {source: rice-sales, passage: "rice-sales#p1", quote: "Pakistan's sales"}
- id: pakistan-export-potential-uzbekistan
  type: fact
  subject: [pakistan]
  statement: A trade adviser said Pakistan's exports to Uzbekistan could be worth US$1.9 billion.
  value: 1900000000
  unit: USD
  sources:
    - {source: rice-sales, passage: "rice-sales#p2", quote: "put Pakistan's potential at US$1.9 billion"}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return line1_of(make_home(tmp_path_factory.mktemp("figure-year") / "home", SOURCE, RECORDS))


def test_an_undated_figure_does_not_answer_for_a_year(ask):
    assert "$31.4 million" in ask("What were Pakistan's exports to Uzbekistan worth in 2016?")
