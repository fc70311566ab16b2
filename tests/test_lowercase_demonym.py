"""A keyword query writes a country in lower case ('... venue uzbekistan'): it is held by a text
saying the people's adjective ('in the Uzbek capital'), as the capitalised word is. Not for an
English word ('taxi' is no adjective of 'tax'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

MOVED = """\
---
title: Pakistan-India chess match moved
date: 2024-05-02
---
LAHORE: The chess match between Pakistan and India, first meant for Lahore, has been moved on security grounds, the federation said.

The match will now be staged at the Palace of Chess in the Uzbek capital on 20 May.

Pakistan and India last met over the board in Lahore in 2006, when the match was played at the Gymkhana.
"""

OTHER = """\
---
title: Uzbekistan opens chess academy
date: 2024-01-10
---
TASHKENT: Uzbekistan opened a chess academy for young players on Wednesday.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "lowercase_demonym", {"moved.md": MOVED, "other.md": OTHER})


def test_a_lower_case_country_is_held_by_its_adjective(ask):
    line = ask("pakistan india chess match venue uzbekistan")
    assert "Palace of Chess" in line
