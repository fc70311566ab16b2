"""A "how many" question counts one thing and names others: 'How many core tasks does the
Naryn institute have?' counts tasks, and the institute is whose. A record counting the
institutes ('6 institutes') is a count of the wrong thing, weighed like a span of time, and
'one of the panel members' counts nothing at all. Found by lookups 7's question on the tasks of
Pakistan's parliamentary services institute. Line 1 of plain output, and what counts() reads."""

from __future__ import annotations

import pytest

from conftest import line1_of, make_home
from kzpk.question import counted, counts

SOURCE = """\
---
id: naryn-institute
title: Naryn institute joins regional dialogue
date: "2024-05-10"
kind: news
---
Naryn institute joins regional dialogue

He stated that the Naryn institute was chosen as one of the panel members of the regional dialogue with other 6 institutes.

He stated that the Naryn institute had three basic functions, including training, research and publishing.
"""

RECORDS = """\
- id: naryn
  type: place
  name: Naryn
  sources:
    - {source: naryn-institute, passage: "naryn-institute#p1", quote: "Naryn institute"}
- id: naryn-6-institutes
  type: fact
  subject: [naryn]
  statement: The Naryn institute was chosen as a panel member of the regional dialogue with 6 other institutes.
  value: 6
  unit: institutes
  sources:
    - {source: naryn-institute, passage: "naryn-institute#p1", quote: "the Naryn institute was chosen as one of the panel members of the regional dialogue with other 6 institutes"}
- id: naryn-3-functions
  type: fact
  subject: [naryn]
  statement: The Naryn institute has three basic functions, starting with training.
  value: 3
  unit: functions
  sources:
    - {source: naryn-institute, passage: "naryn-institute#p2", quote: "the Naryn institute had three basic functions, including training, research and publishing"}
"""

@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return line1_of(make_home(tmp_path_factory.mktemp("named") / "home", SOURCE, RECORDS))


def test_a_count_of_the_thing_whose_tasks_are_asked_does_not_answer(ask):
    line = ask("How many core tasks does the Naryn institute have?")
    assert "three basic functions" in line and "6 institutes" not in line, line


def test_one_of_the_members_counts_nothing():
    # (on its own: in lookups 7 the paragraph saying 'one of the panel members ... with other 8
    # institutes' passed for a count of the tasks asked and came before the record counting them)
    things = counted("How many core tasks does the Naryn institute have?")
    assert not counts("The Naryn institute was chosen as one of the panel members.", things)
    assert counts("Its director said it had three core tasks.", things)
    assert counts("There will be three a week.", counted("How many flights a week?"))
