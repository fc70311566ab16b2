"""An English word no document holds ('rubble') only describes what a question asks about
when three of the question's rarer words stand in one document, even in different paragraphs
of it (a news item names its subject in one and the figure asked in another): the question is
searched without it, and kzpk says so; a question whose other words no one document holds
together still gets "no document mentions". Line 1 of plain output and stderr, as the user
reads them."""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, search_plain

HUT = """\
---
title: Nine porters dug out in the Karakoram
date: 2012-03-03
---
SKARDU — Rescuers reached the Barpu hut on Saturday, a day after nine porters were trapped there by a slide from the slope above.

The ice lay 12 metres deep over the path, the army said, and soldiers cut through it with hand tools.

All nine were flown to the military hospital in Skardu.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    return bundled_with_items(real_home, tmp_path_factory, "describing", {"hut.md": HUT})


def test_an_unknown_describing_word_is_searched_without(home):
    code, line, err = search_plain(home, "How deep was the rubble covering the path to the Barpu hut?")
    assert code == 0, err
    assert "12 metres" in line
    assert "rubble" in err


def test_a_subject_no_document_holds_is_still_missing(home):
    code, line, err = search_plain(home, "How deep was the rubble covering the road to the Kharmang bridge?")
    assert code == 1
    assert "no document mentions" in err
