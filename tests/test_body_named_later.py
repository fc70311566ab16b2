"""A keyword query asking for a kind of body ('... kazakh institute') whose words a news item's
first paragraph holds only as a common noun ('links between the board and institutions in his
country'): that paragraph names no such body, and the later paragraph naming one ('the Kazakh
Folklore Institute') answers. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

HERITAGE = """\
---
title: Kazakh ambassador visits Punjab Heritage Board
date: 2024-02-15
---
LAHORE: Kazakhstan's ambassador to Pakistan visited the Punjab Heritage Board (PHB) on Thursday to build cooperation between the board, which looks after the province's old buildings and crafts, and institutions in his country.

The board, set up in 2009, works under the provincial government. The ambassador held talks with its chairman and its director of museums. The talks centred on working together with the Kazakh Folklore Institute, the body that collects and publishes the songs and tales of the steppe.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "body_named_later", {"heritage.md": HERITAGE})


def test_the_paragraph_naming_a_body_of_the_kind_answers(ask):
    line = ask("PHB cooperation kazakh institute")
    assert "Kazakh Folklore Institute" in line
