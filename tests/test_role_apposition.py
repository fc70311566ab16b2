"""A news item names the holder of a post once, in its first paragraph, after the post and what
qualifies it ('The governor of Uzbekistan's Tashkent region, Zoir Mirzaev, called on ...'), and
goes on about 'the governor' in later paragraphs: a "who" question asking for the holder is
answered by the paragraph that names them, however long the post's qualifier is.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

VISIT = """\
---
title: Tessa governor calls on Vask leaders; Vask and Tessa to be sister provinces
date: 2026-03-12
source: City Desk, Vask
---

VASK — The governor of Orlenistan's Tessaline region, Pel Darro, called on the Vask party president Ansel Korr and Vask Chief Minister Dana Orr on Wednesday at the head of a seven-member delegation from the region.

The two sides agreed in principle to declare Vask and Tessaline sister provinces and to set up a special committee to work out where the two administrations can cooperate in practice.

The Orlen side also put forward a proposal for a "Marn Park" in Vask, a nod to the history the two regions share. The governor praised the provincial government's restoration of old sites in the city and carried a message of goodwill from Orlen's president. The chief minister accepted his invitation to visit Orlen.

Ansel Korr said the people of Vask were proud of Orlen's scholarly heritage.
"""


def test_the_holder_named_after_a_long_qualifier_answers(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"visit.md": VISIT})
    line = line1_of(home)("Who is the governor of Tessaline region who visited Vask in March 2026?")
    assert "Pel Darro" in line
