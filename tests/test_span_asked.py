"""'On what dates ...?', 'opening and closing dates': a "when" question asking for the first and
the last day of a thing is answered by a span of days ('on 14 and 15 May', an event record
with an end date), not by the one day another sentence or record gives ('announced on 3
March', the opening ceremony's record). So is 'When was <a fair> held?': a fair, a festival or
a tournament runs for days, and the paragraph saying it 'ran from May 26 to 28' answers, not
the first one saying it ended on Sunday. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import RECORDS, SOURCE, items_asker

OLYMPIAD = """\
---
title: Almaty to host the Asian schools chess olympiad
date: 2024-03-04
---
ALMATY: The Asian schools chess olympiad will be held in Almaty this spring, its organisers announced on 3 March, after Tashkent withdrew as host of the olympiad.

The olympiad will be played at the Palace of Schoolchildren on 14 and 15 May, the organisers said.
"""

FAIR = """\
---
title: Carpet fair closes in Quetta with orders of $4 million
date: 2023-05-29
---
QUETTA: The third edition of the Quetta carpet fair ended at the Quetta Expo Hall on Sunday with exhibitors reporting orders of $4 million.

The three-day show was organised by the chamber of commerce and ran from May 26 to 28. The provincial governor opened it on Friday.
"""

FESTIVAL = RECORDS + """\
- id: 2019-09-02-steppe-film-festival-opening
  type: event
  date: "2019-09-02"
  date_precision: day
  title: Steppe film festival in Almaty opens with a Pakistani film
  summary: The Steppe film festival in Almaty opened with a Pakistani film at its opening gala.
  date_note: Invented for a test.
  sources:
    - {source: test-source, passage: "test-source#p1", quote: "On 9th May 2022, a roundtable on trade was held in Islamabad."}
- id: 2019-09-02-steppe-film-festival
  type: event
  date: "2019-09-02"
  date_precision: day
  end_date: "2019-09-08"
  title: Steppe festival of films
  summary: A week of screenings in Almaty.
  date_note: Invented for a test.
  sources:
    - {source: test-source, passage: "test-source#p1", quote: "On 9th May 2022, a roundtable on trade was held in Islamabad."}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "span_asked", {"olympiad.md": OLYMPIAD, "fair.md": FAIR},
                       source=SOURCE, records=FESTIVAL)


def test_what_dates_asks_a_span_of_days(ask):
    line = ask("On what dates will the chess olympiad in Almaty be held?")
    assert "14 and 15 May" in line


def test_opening_and_closing_dates_ask_the_record_of_both(ask):
    line = ask("steppe film festival almaty opening and closing dates")
    assert "2019-09-08" in line or "8 September 2019" in line


def test_when_a_fair_was_held_asks_its_first_and_last_day(ask):
    line = ask("When was the Quetta carpet fair held at the Quetta Expo Hall?")
    assert "from May 26 to 28" in line


def test_when_a_fair_first_opened_asks_one_day(ask):
    line = ask("When did the Quetta carpet fair end at the Quetta Expo Hall?")
    assert "ended at the Quetta Expo Hall on Sunday" in line
