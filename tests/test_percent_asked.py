"""'What percentage ...?' asks for a percent: a record whose figure counts another thing ('9
clauses') does not answer it for the fraction its statement also says ('a quarter of the
charter'), and what gives the percent comes first. Found by lookups 7's referendum
question. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import line1_of, make_home

SOURCE = """\
---
id: charter-vote
title: Naryn town charter revised
date: "2024-04-02"
kind: news
---
Naryn town charter revised

The mayor said that changes have been made to 9 clauses, which make up a quarter of the Naryn town charter. He added that the Naryn charter changes were backed by 64 percent of the vote.
"""

RECORDS = """\
- id: naryn
  type: place
  name: Naryn
  sources:
    - {source: charter-vote, passage: "charter-vote#p1", quote: "Naryn town charter"}
- id: naryn-9-clauses
  type: fact
  subject: [naryn]
  statement: The mayor said 9 clauses of the Naryn town charter, a quarter of the charter, were changed.
  value: 9
  unit: clauses
  sources:
    - {source: charter-vote, passage: "charter-vote#p1", quote: "changes have been made to 9 clauses, which make up a quarter of the Naryn town charter"}
- id: naryn-64-percent
  type: fact
  subject: [naryn]
  statement: The Naryn charter changes passed with 64 percent of the vote.
  value: 64
  unit: percent
  sources:
    - {source: charter-vote, passage: "charter-vote#p1", quote: "the Naryn charter changes were backed by 64 percent of the vote"}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return line1_of(make_home(tmp_path_factory.mktemp("percent") / "home", SOURCE, RECORDS))


def test_a_percentage_asked_is_answered_by_the_percent_not_a_count_of_clauses(ask):
    line = ask("What percentage approved the Naryn town charter changes?")
    assert "64 percent" in line and not line.startswith("1. [fact] 9 clauses"), line
