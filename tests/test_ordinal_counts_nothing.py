"""A figure written only as an ordinal ('the 12th anniversary', a record of value 12) counts no
people: 'How many people attended ...?' is answered by the record counting them ('900
participants') before it. Found by lookups 7's '30th anniversary' roundtable question. Line
1 of plain output."""

from __future__ import annotations

import pytest

from conftest import line1_of, make_home

SOURCE = """\
---
id: grain-fair
title: Naryn grain fair closes
date: "2024-06-01"
kind: news
---
Naryn grain fair closes

The online fair marked the 12th anniversary of the Naryn grain market.

The online Naryn grain fair was attended by 900 participants, including farmers, millers and buyers from abroad.
"""

RECORDS = """\
- id: naryn
  type: place
  name: Naryn
  sources:
    - {source: grain-fair, passage: "grain-fair#p1", quote: "Naryn grain market"}
- id: naryn-12th-fair
  type: fact
  subject: [naryn]
  statement: The online Naryn grain fair marked the 12th anniversary of the Naryn grain market.
  value: 12
  unit: anniversary
  sources:
    - {source: grain-fair, passage: "grain-fair#p1", quote: "The online fair marked the 12th anniversary of the Naryn grain market"}
- id: naryn-fair-900-participants
  type: fact
  subject: [naryn]
  statement: 900 participants attended the online Naryn grain fair.
  value: 900
  unit: participants
  sources:
    - {source: grain-fair, passage: "grain-fair#p2", quote: "The online Naryn grain fair was attended by 900 participants"}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return line1_of(make_home(tmp_path_factory.mktemp("ordinal") / "home", SOURCE, RECORDS))


def test_an_ordinal_counts_no_people(ask):
    line = ask("How many people attended the online Naryn grain fair for the 12th anniversary?")
    assert "900 participants" in line and not line.startswith("1. [fact] 12 anniversary"), line
