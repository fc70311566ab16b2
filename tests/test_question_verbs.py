"""A question's main verb, when it names part of what is asked ('How much did Naryn import …?',
'What does the pact condemn?'), counts as a word of the query, at half its rarity: a user's
paragraph that says 'imports' beats a curated record that holds every other word but not what
was asked about. A verb that frames a person's particulars ('Where does X teach?') does not
(issue 13, no home advantage). Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home

SOURCE = """\
---
id: corridor-report
title: The Naryn-Quetta grain corridor
date: "2023-12-01"
kind: report
---
The Naryn-Quetta grain corridor

In 2023 more than 900 tonnes of grain moved between Naryn and Quetta through the new corridor.

Dr. Aliya Sarsen, a lecturer at Naryn State University, wrote the report.

Aliya Sarsen said the two cities should teach farmers to store grain together.
"""

RECORDS = """\
- id: naryn
  type: place
  name: Naryn
  sources:
    - {source: corridor-report, passage: "corridor-report#p1", quote: "between Naryn and Quetta"}
- id: quetta
  type: place
  name: Quetta
  sources:
    - {source: corridor-report, passage: "corridor-report#p1", quote: "between Naryn and Quetta"}
- id: corridor-900-tonnes-2023
  type: fact
  subject: [naryn, quetta]
  statement: In 2023 more than 900 tonnes of grain moved between Naryn and Quetta through the new corridor.
  value: 900
  unit: tonnes
  qualifier: more than
  sources:
    - {source: corridor-report, passage: "corridor-report#p1", quote: "In 2023 more than 900 tonnes of grain moved between Naryn and Quetta"}
- id: aliya-sarsen
  type: person
  name: Aliya Sarsen
  description: Lecturer at Naryn State University; wrote the corridor report.
  roles:
    - title: Lecturer, Naryn State University
      source: corridor-report
      passage: "corridor-report#p2"
      quote: "Dr. Aliya Sarsen, a lecturer at Naryn State University"
  sources:
    - {source: corridor-report, passage: "corridor-report#p2", quote: "Dr. Aliya Sarsen, a lecturer at Naryn State University"}
- id: sarsen-teach-farmers
  type: fact
  subject: [aliya-sarsen]
  speaker: aliya-sarsen
  statement: Aliya Sarsen said the two cities should teach farmers to store grain together.
  sources:
    - {source: corridor-report, passage: "corridor-report#p3", quote: "Aliya Sarsen said the two cities should teach farmers to store grain together."}
"""

ITEM = """\
---
title: Customs figures for the year
date: 2024-01-15
---
BISHKEK, Jan 15: Customs figures released on Monday show the flows of the past year.

Naryn's exports to Quetta were worth $1.1 million in 2023 and its imports from Quetta $4.2 million, the customs office said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    root = tmp_path_factory.mktemp("verbs")
    home = make_home(root / "home", SOURCE, RECORDS)
    add_items(home, root, {"customs.md": ITEM})
    return line1_of(home)


def test_what_a_question_asks_about_can_be_its_verb(ask):
    line = ask("How much did Naryn import from Quetta in 2023?")
    assert "$4.2 million" in line and "900 tonnes" not in line, line


def test_of_the_figures_one_sentence_gives_the_one_the_query_words_lead_to_comes_first(ask):
    # kzpk draws a fact for each figure of the sentence; they score alike
    assert ask("How much did Naryn import from Quetta in 2023?").startswith(
        "1. [extracted fact] 2023 $4.2 million")
    assert ask("How much did Naryn export to Quetta in 2023?").startswith(
        "1. [extracted fact] 2023 $1.1 million")


def test_a_verb_framing_a_persons_particulars_or_words_is_no_word_asked(ask):
    from kzpk.question import CALLED, HOW_MUCH, WHERE, verb_tells

    assert verb_tells("import", HOW_MUCH, "How much did Naryn import from Quetta in 2023?")
    assert verb_tells("condemn", None, "What does the pact condemn?")
    # the person's record answers these without the verb
    assert not verb_tells("teach", WHERE, "Where does Aliya Sarsen teach?")
    assert not verb_tells("describe", CALLED, "How did the envoy describe the visit?")
    assert not verb_tells("hold", None, "What degree does Aliya Sarsen hold?")
    line = ask("Where does Aliya Sarsen teach?")
    assert "Naryn State University" in line, line
