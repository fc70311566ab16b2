"""'How does X describe Y?' is answered by a sentence saying what Y is like in words of its own
('Diplomatic relations between Vask and Orlen are highly dynamic and diverse'), not by one that
only names Y ('... and diplomatic relations between Vask and Orlen began in 1992').

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import items_asker

ITEM = """\
---
title: "Vask and Orlen: thirty years of ties"
date: "2024-02-01"
---

When Orlen gained independence in 1991, Vask was among the first countries to recognise it, and diplomatic relations between Vask and Orlen began in 1992. Visits between officials of the two countries have continued to this day.

Diplomatic relations between Vask and Orlen are highly dynamic and diverse, covering mutual visits and coordination within international bodies.
"""


def test_a_description_in_its_own_words(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "described", {"ties.md": ITEM})
    line = ask("How does the report describe diplomatic relations between Vask and Orlen?")
    assert "highly dynamic and diverse" in line.split(" — ")[0], line
