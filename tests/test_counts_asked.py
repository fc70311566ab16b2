"""A "how many" question counts something ('How many documents …', 'number of visitors'): a
record whose figure counts that thing answers it before one counting other things, and a span
of time ('3 months') counts no visitors (issue 13, held-out set 5). Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import line1_of, make_home

SOURCE = """\
---
id: grain-fair
title: Grain fair in Naryn
date: "2024-06-01"
kind: news
---
Grain fair in Naryn

Over its three months the Naryn grain fair is expected to draw several thousand traders and visitors from the region, the organisers expected.

The organisers expect 40,000 visitors at the Naryn fair.

The legal charter of the Naryn grain fair rests on more than 30 memorandums of understanding signed at the fair, the organisers said.

The Naryn charter is made up of 12 documents.

In June traders at the Naryn fair sold 5,000 kg of seed grain to buyers from the south.

Some 25 sale contracts were agreed as well.
"""


def _fact(fid: str, value: int, unit: str, p: int, quote: str, statement: str) -> str:
    return f"""\
- id: {fid}
  type: fact
  subject: [naryn]
  statement: {statement}
  value: {value}
  unit: {unit}
  sources:
    - {{source: grain-fair, passage: "grain-fair#p{p}", quote: "{quote}"}}
"""


RECORDS = """\
- id: naryn
  type: place
  name: Naryn
  sources:
    - {source: grain-fair, passage: "grain-fair#p1", quote: "Naryn grain fair"}
""" + "".join([
    _fact("fair-three-months", 3, "months", 1,
          "Over its three months the Naryn grain fair is expected to draw several thousand traders and visitors",
          "Over its three months the Naryn grain fair is expected to draw several thousand traders and visitors from the region."),
    _fact("fair-40000-visitors", 40000, "visitors", 2, "The organisers expect 40,000 visitors at the Naryn fair.",
          "The organisers expect 40,000 visitors at the Naryn fair."),
    _fact("fair-30-memorandums", 30, "memorandums", 3,
          "The legal charter of the Naryn grain fair rests on more than 30 memorandums of understanding",
          "The legal charter of the Naryn grain fair rests on more than 30 memorandums of understanding."),
    _fact("fair-12-documents", 12, "documents", 4, "The Naryn charter is made up of 12 documents.",
          "The Naryn charter is made up of 12 documents."),
    _fact("fair-5000-kg", 5000, "kg", 5, "In June traders at the Naryn fair sold 5,000 kg of seed grain",
          "In June traders at the Naryn fair sold 5,000 kg of seed grain to buyers from the south."),
])


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    home = make_home(tmp_path_factory.mktemp("counts") / "home", SOURCE, RECORDS)

    return line1_of(home)


def test_how_many_things_is_answered_by_a_count_of_those_things(ask):
    line = ask("How many documents make up the legal charter of the Naryn grain fair?")
    assert line.startswith("1. [fact] 12 documents"), line


def test_a_span_of_time_counts_no_visitors(ask):
    line = ask("expected number of visitors at the Naryn grain fair")
    assert "40,000" in line and "3 months" not in line, line


def test_a_weight_counts_no_contracts(ask):
    # '5,000 kg' is a weight, held by a record naming the traders, the fair and June: it
    # counts no contracts; the paragraph that counts them answers
    line = ask("How many contracts did traders sign at the Naryn fair in June?")
    assert "25 sale contracts" in line, line
