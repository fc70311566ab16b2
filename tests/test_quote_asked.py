"""A fact cited by several quotes shows, in line 1, the quote that holds the question's words:
its first quote unless another holds at least two more of the question's words of English
(names are not counted: a quote that only names the speaker says nothing of what is asked).
A test home of one source and one fact; the test reads line 1 of plain output, as the user
does."""

from __future__ import annotations

from conftest import make_home, run_kzpk

SOURCE = """\
---
id: vask-review
title: Vask and Orlen, a review
date: "2021-05-16"
kind: report
---
Vask and Orlen, a review

Defence ties between Vask and Orlen are one of the newer fields between the two provinces. They work together on militia drills, chiefly on flood rescue and joint border patrols. Their staff talks grow every year.
"""

RECORDS = """\
- id: vask
  type: place
  name: Vask
  sources:
    - {source: vask-review, passage: "vask-review#p1", quote: Defence ties between Vask and Orlen}
- id: vask-orlen-defence-drills
  type: fact
  subject: [vask]
  statement: The review says defence ties are new; the two work together on drills and staff talks.
  topics: [defence]
  sources:
    - {source: vask-review, passage: "vask-review#p1", quote: Defence ties between Vask and Orlen are one of the newer fields between the two provinces.}
    - {source: vask-review, passage: "vask-review#p1", quote: "They work together on militia drills, chiefly on flood rescue and joint border patrols."}
"""


def test_a_fact_shows_the_quote_that_answers(tmp_path):
    home = make_home(tmp_path / "home", source=SOURCE, records=RECORDS)
    r = run_kzpk(home, "search", "In which kinds of militia drills do Vask and Orlen work together?",
                 "--format", "plain", "--limit", "1", "--kind", "fact")
    assert r.code == 0, r.err
    line = r.out.splitlines()[0]
    assert line.startswith("1. [fact] “They work together on militia drills, chiefly on flood rescue")
