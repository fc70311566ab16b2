"""'... crash registration', 'What registration did the jet carry?': a noun no document writes is
searched as the verb a text writes it with ('the aircraft, registered UP-B3722, ...'): a noun in
-ration of a verb in -er. Line 1 of plain output, as the user reads it. (The question form, where
the noun is the kind of answer asked, is measured on the development piles: in an item this small
the search finds the paragraph with or without it.)"""

from __future__ import annotations

import pytest

from conftest import items_asker

CRASH = """\
---
title: Cargo plane goes down near Karaganda
date: 2023-03-02
---
KARAGANDA: A Sary-Arka Air cargo plane came down near Karaganda airport on Thursday, killing two of the six crew on board the Sary-Arka Air flight from Almaty, the Karaganda emergencies department said.

The aircraft, registered UP-B3722, was flying from Almaty to Novosibirsk. It carried spare parts.

Investigators said one of its engines had failed minutes before the crash, and the airline grounded its other two planes.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "kind_asked_as_verb", {"crash.md": CRASH})


def test_registration_in_keywords(ask):
    assert "UP-B3722" in ask("sary-arka cargo plane karaganda crash registration")
