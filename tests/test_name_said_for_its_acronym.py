"""A query writing out in full a name the documents give only as its acronym ('the Centre for
Afghanistan, Middle East and Africa' where a text says 'Director CAMEA') finds the acronym, also
when a comma parts the name's words and another name stands before it ("ISSI's Centre ...").
Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

PANEL = """\
ISLAMABAD, Feb 12 (Test Wire) - The second session was chaired by Dr. Saba Rauf, Director CCEAA at the institute, and heard six speakers on transit trade.
"""

TRADE = """\
ISLAMABAD, Mar 3 (Test Wire) - Exports to China, East Asia and Australia grew by a fifth last year, the institute's president, Dr. Kamran Aziz, said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "name_said_for_its_acronym", {"panel.txt": PANEL, "trade.txt": TRADE})


def test_the_name_in_full_finds_its_acronym(ask):
    line = ask("Who directs the institute's Centre for China, East Asia and Australia?")
    assert "Saba Rauf" in line, line
