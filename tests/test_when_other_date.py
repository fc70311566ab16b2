""""When" lookups answered with the date of something else. A fact whose words state no date
(a forecast of visitors, dated by the item that printed it) tells when it was said, not when
the thing asked about happened: it does not answer "when", and the event of that day does.
A keyword query ending on 'year' ('... admitted member year') asks when, as one ending on
'date' does. Found studying lookups 7's "when" misses. Line 1 of plain output; a home of our
own (an item and records written for these tests)."""

from __future__ import annotations

import pytest

from conftest import line1_of, make_home

SOURCE = """\
---
id: apple-fair
title: Naryn apple fair
date: "2024-05-02"
kind: news
---
Naryn apple fair

The Naryn apple fair is expected to be visited by more than 40,000 people, and every visitor to the apple fair will see the orchards of Naryn.

The fair opens on 12 September and closes on 20 September.

The Naryn growers' cooperative has been an observer of the regional apple union for 9 years and hopes to become a full member of the union.
"""

RECORDS = """\
- id: naryn
  type: place
  name: Naryn
  sources:
    - {source: apple-fair, passage: "apple-fair#p1", quote: "the orchards of Naryn"}
- id: naryn-apple-fair
  type: event
  title: Naryn apple fair opens
  date: "2024-09-12"
  date_note: The year of the item's date.
  summary: The Naryn fair opens on 12 September and closes on 20 September.
  sources:
    - {source: apple-fair, passage: "apple-fair#p2", quote: "The fair opens on 12 September and closes on 20 September."}
- id: naryn-apple-fair-visitors
  type: fact
  subject: [naryn]
  statement: The Naryn apple fair is expected to be visited by more than 40,000 people, who will see the orchards.
  value: 40000
  unit: people
  date: "2024"
  date_precision: year
  date_note: The year of the item's date.
  sources:
    - {source: apple-fair, passage: "apple-fair#p1", quote: "The Naryn apple fair is expected to be visited by more than 40,000 people"}
- id: naryn-cooperative-observer
  type: event
  title: Naryn growers' cooperative admitted to the regional apple union as an observer
  date: "2015-03"
  date_note: Nine years before the item's year.
  summary: In March 2015 the regional apple union admitted the Naryn growers' cooperative as an observer.
  sources:
    - {source: apple-fair, passage: "apple-fair#p3", quote: "an observer of the regional apple union"}
- id: naryn-cooperative-9-years
  type: fact
  subject: [naryn]
  statement: After 9 years as an observer of the regional apple union, the Naryn growers' cooperative hopes to become a full member.
  value: 9
  unit: years
  date: "2024"
  date_precision: year
  date_note: The year of the item's date.
  sources:
    - {source: apple-fair, passage: "apple-fair#p3", quote: "The Naryn growers' cooperative has been an observer of the regional apple union for 9 years"}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return line1_of(make_home(tmp_path_factory.mktemp("when-other") / "home", SOURCE, RECORDS))


def test_a_fact_stating_no_date_does_not_answer_when(ask):
    line = ask("When will the Naryn apple fair be visited?")
    assert "12 September" in line, line


def test_a_keyword_query_on_year_asks_when(ask):
    line = ask("naryn cooperative observer union year")
    assert "2015" in line, line


LONG_SENTENCE = """\
---
id: valley-ties
title: Naryn and Osh mark their ties
date: "2023-04-05"
kind: news
---
Naryn and Osh mark their ties

The two valleys have cooperated on roads, schools and markets for many years, and their councils meet twice a year to review what has been done. A milestone in the ties between the two valleys was the visit of Governor Rustam Nazarov to Osh on 14 March 1998, during which the two sides signed seven documents that laid the legal basis for the growth of their cooperation, including the Agreement on Establishment of Water Sharing Relations between the Naryn valley and the Osh valley. The councils now plan a joint fair.
"""

PLACE = """\
- id: naryn
  type: place
  name: Naryn
  sources:
    - {source: valley-ties, passage: "valley-ties#p1", quote: "between the Naryn valley and the Osh valley"}
"""


def test_a_when_line_shows_the_date_of_its_sentence(tmp_path):
    """The answering sentence is long, and the run of the query's words is at its end, past a
    line's width from the date: the line shows the date."""
    ask = line1_of(make_home(tmp_path / "home", LONG_SENTENCE, PLACE))
    line = ask("naryn osh water sharing relations established date")
    assert "14 March 1998" in line, line
