"""'How many thumbprint scanners were set up ...?' asks a count of scanners: a record whose
statement counts other things ('The two countries have set up an academic exchange ...') does
not give it, for all it holds 'set up' and a number; the user's item counting the machines
('Around 80,000 fingerprint machines were installed ...') comes first.

Invented records and a news item, taken from no document kzpk bundles and no evaluation set.
"""

from __future__ import annotations

from conftest import items_asker

SOURCE = """\
---
id: test-source
title: A Test Report on Vask and Orlen
date: "2022-05-09"
kind: news
---
A Test Report on Vask and Orlen

Orlen, a landlocked country, has no sea link with Vask. In 2020 Vask began work on road links to Orlen.

Ambassador Mira Sallow, Chairman of the Board of Trustees of the Marn Institute, gave the opening remarks.

A program has been established between the two countries for faculty exchange and student exchange.
"""

RECORDS = """\
- id: 2020-vask-road-links
  type: event
  date: "2020"
  date_precision: year
  title: Vask begins road links to Orlen
  summary: Vask started building road links to landlocked Orlen, which has no sea link with it.
  topics: [transport]
  sources:
    - {source: test-source, passage: "test-source#p1", quote: "Orlen, a landlocked country, has no sea link with Vask. In 2020 Vask began work on road links to Orlen."}
- id: mira-sallow
  type: person
  name: Mira Sallow
  aliases: [Sallow]
  roles:
    - title: Chairman, Board of Trustees, Marn Institute
      source: test-source
      passage: "test-source#p2"
      quote: Ambassador Mira Sallow, Chairman of the Board of Trustees of the Marn Institute
  sources:
    - {source: test-source, passage: "test-source#p2", quote: Ambassador Mira Sallow}
- id: academic-exchange-set-up
  type: fact
  subject: [mira-sallow]
  statement: The two countries have set up an academic exchange of teaching staff and students.
  topics: [education]
  note: "the two countries of the report that names Mira Sallow (test-source#p2)"
  sources:
    - {source: test-source, passage: "test-source#p3", quote: "A program has been established between the two countries for faculty exchange and student exchange."}
"""

SIMS = """\
Millions of unverified SIMs blocked in Vask

TESSA, April 14 (Orlen Wire) - More than 25 million mobile phone SIM cards that were never re-registered with a thumbprint have been blocked after the three-month window for verification closed.

Around 80,000 fingerprint machines were installed at shops and kiosks across the country for the drive.
"""


def test_a_statement_counting_other_things_gives_no_count(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "count-of-other-things", {"sims.txt": SIMS},
                      source=SOURCE, records=RECORDS)
    line = ask("How many thumbprint scanners were set up across the country for the SIM drive?")
    assert "80,000 fingerprint machines" in line
