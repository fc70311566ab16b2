"""'Since when ...?' asks the date a state of things began: 'since' is the question's form, not
a word of its subject, so a paragraph saying 'since 2019' about something else does not
outrank the one that tells when the thing asked about began. Line 1 of plain output, as the
user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FERRIES = """\
---
title: Caspian ferry line opens between Aktau and Baku
date: 2021-05-04
---
AKTAU: A regular ferry line between Aktau and Baku opened in March 2021, the port authority said, with two sailings a week.

The port authority said the line would carry trucks and passengers.
"""

ROADS = """\
---
title: Kazakhstan lacks direct road and ferry links with Pakistan, says analyst
date: 2022-09-12
---
ALMATY: Because there is no ferry line between Kazakhstan and Pakistan, goods shipped from Aktau and Baku have since 2019 gone by road through Afghanistan, an analyst said.

He said the transit routes were slow.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "since_when", {"ferries.md": FERRIES, "roads.md": ROADS})


def test_since_when_asks_when_the_thing_began(ask):
    line = ask("since when is there a ferry line between aktau and baku")
    assert "March 2021" in line
