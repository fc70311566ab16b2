"""'How many thumbprint scanners were set up ...?' asks a count of scanners: a record whose
statement counts other things ('The two countries have set up an academic exchange ...') does
not give it, for all it holds 'set up' and a number; the user's item counting the machines
('Around 80,000 fingerprint machines were installed ...') comes first.

Invented records and a news item, taken from no document kzpk bundles and no evaluation set.
"""

from __future__ import annotations

import conftest
from conftest import items_asker

# conftest's report and records, and a fact of the report counting two countries
SOURCE = conftest.SOURCE + """
A program has been established between the two countries for faculty exchange and student exchange.
"""

RECORDS = conftest.RECORDS + """\
- id: academic-exchange-set-up
  type: fact
  subject: [yerzhan-kistafin]
  statement: The two countries have set up an academic exchange of teaching staff and students.
  topics: [education]
  note: "the two countries of the report whose roundtable Yerzhan Kistafin opened (test-source#p1)"
  sources:
    - {source: test-source, passage: "test-source#p4", quote: "A program has been established between the two countries for faculty exchange and student exchange."}
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
