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


WEEK = """\
---
title: Water use tremendously improving in the Aral region
date: 2023-10-05
---
KARACHI (Staff Reporter): Kazakhstan is doing much to save water in its farms, according to Imran Qadir, head of the Indus Irrigation Society. He was speaking at "Aral Water Week", an event organised by the Kyzylorda Basin Trust.

Mr Qadir said drip irrigation was spreading quickly in Central Asia and would soon reach Pakistan's Sindh province.

Farmers, he said, still misunderstand how much water their fields need, which well-organised awareness campaigns can fix, and water guides should be printed in the local languages.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "body_named_later",
                       {"heritage.md": HERITAGE, "week.md": WEEK})


def test_the_paragraph_naming_a_body_of_the_kind_answers(ask):
    line = ask("PHB cooperation kazakh institute")
    assert "Kazakh Folklore Institute" in line


def test_a_word_that_only_begins_like_a_body_noun_is_no_kind_of_body(ask):
    # 'organiser' and 'organised' share their first letters with 'organisation': the first
    # paragraph saying 'organised by the Kyzylorda Basin Trust' answers, not a later one
    # saying 'well-organised'
    line = ask("aral water week organiser")
    assert "Kyzylorda Basin Trust" in line
