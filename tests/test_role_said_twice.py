"""A person's role said twice in other punctuation by two sources ('Chief Researcher of the
Eurasian Studies Programme ...' and 'Chief Researcher, Eurasian Studies Programme ...') is shown
once on the line answering 'Who ...?', so the line reaches the source's own words naming the
person in the role before it is cut.

A source and records written for this test (not taken from any document); the test reads line 1
of plain output, as the user does.
"""

from __future__ import annotations

from conftest import items_asker

SOURCE = """\
---
id: test-source
title: A Test Report on the Marn Round Table
date: "2022-05-09"
kind: news
---
A Test Report on the Marn Round Table

Ms. Lida Orlova, Chief Researcher of the Eurasian Studies Programme of the Institute of World Economics and Steppe Politics (IWESP) under the Foundation of the First President, spoke in the second session.

The round table was attended by the Chief Researcher, Eurasian Studies Programme, Institute of World Economics and Steppe Politics (IWESP), Dr. Lida Orlova, and by the Chief Executive of the Eurasian Studies Programme of the Institute of World Economics and Steppe Politics (IWESP), Dr. Lida Orlova.
"""

ROLE = "Eurasian Studies Programme Institute of World Economics and Steppe Politics (IWESP)"

RECORDS = f"""\
- id: lida-orlova
  type: person
  name: Lida Orlova
  aliases: [Orlova]
  roles:
    - title: Chief Researcher of the {ROLE}
      source: test-source
      passage: "test-source#p1"
      quote: Ms. Lida Orlova, Chief Researcher of the Eurasian Studies Programme of the Institute of World Economics and Steppe Politics (IWESP)
    - title: Chief Researcher, {ROLE}
      source: test-source
      passage: "test-source#p2"
      quote: Chief Researcher, Eurasian Studies Programme, Institute of World Economics and Steppe Politics (IWESP), Dr. Lida Orlova
    - title: Chief Executive of the {ROLE}
      source: test-source
      passage: "test-source#p2"
      quote: Chief Executive of the Eurasian Studies Programme of the Institute of World Economics and Steppe Politics (IWESP), Dr. Lida Orlova
  sources:
    - {{source: test-source, passage: "test-source#p1", quote: "Ms. Lida Orlova"}}
"""


def test_a_role_said_twice_is_shown_once(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "role-twice", {}, source=SOURCE, records=RECORDS)
    line = ask("Who is the chief researcher of the Eurasian Studies Programme at IWESP?")
    assert line.startswith("1. [entity] Lida Orlova"), line
    assert line.count("Chief Researcher") == 2, line  # the role once, and its quote
    assert "Lida Orlova, Chief Researcher" in line, line
