"""'What registration did the jet carry?': the kind of answer asked, a noun no document writes,
is searched as the verb a text writes it with ('the jet, registered UP-B3722, ...'): a noun in
-ration of a verb in -er. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

CRASH = """\
---
title: Cargo plane makes emergency landing at Karaganda
date: 2023-03-02
---
KARAGANDA: A cargo plane of Sary-Arka Air made an emergency landing at Karaganda airport on Thursday after one of its engines failed, the emergencies ministry said.

The aircraft, registered UP-B3722, was carrying spare parts from Almaty to Novosibirsk with a crew of six.

Nobody was hurt, and the airline said the plane would be inspected before it flew again.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "kind_asked_as_verb", {"crash.md": CRASH})


def test_registration_is_what_registered_says(ask):
    line = ask("What registration did the Sary-Arka Air plane that landed at Karaganda carry?")
    assert "UP-B3722" in line
