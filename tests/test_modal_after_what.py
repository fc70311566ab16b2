"""'What must trucks ... have?': a modal verb after 'what' is an auxiliary, so the question asks
for no kind of thing named 'trucks' (nor 'must'), and a paragraph naming things of that kind does
not replace the one that answers. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

NOTES = """\
---
title: "Notes: Vaskaria's food embargo and what it means for the neighbours"
date: 2018-01-15
source: personal research notes
---

# Vaskaria's food embargo — notes for the seminar paper

**How it started.** Vask first stopped pork from the west at the end of January 2014, citing a contamination scare. Then the prime minister read out a one-year ban on most food imports.

**Who fills the shelves.** The agriculture ministry said it would turn to neighbours such as Orlania, and asked the retail chains to stock local goods.

**Hardening.** In July 2015 the president signed a decree ordering that banned products be destroyed, and officials began flattening smuggled fruit and cheese under the wheels of Kamaz trucks. Albania, Montenegro, Iceland and Liechtenstein were put on the list in 2015 and Orlania from 1 January 2016.

**Transit.** Western food may cross Vaskaria to Kunoria only under seals tracked by satellite navigation (ORLANSAT) and with driver registration slips.
"""


GRAIN = """\
ORLAN, May 2 (Test Wire) - Lorries carrying grain from the north lined up across the border on Monday, and the customs service said it would open two more lanes.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "modal_after_what",
                       {"notes.md": NOTES, "grain.txt": GRAIN})


def test_a_modal_after_what_asks_no_kind(ask):
    assert "driver registration slips" in ask(
        "Besides ORLANSAT seals, what must trucks carrying banned Western food across Vaskaria "
        "have?")
