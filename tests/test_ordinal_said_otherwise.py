"""An ordinal a question writes in words that a document writes in figures ('eightieth', '80th')
is the same number: searched as the document writes it, not taken for a subject no document
mentions. Line 1 of plain output, and the exit code."""

from __future__ import annotations

import pytest

from conftest import items_asker

EXPO = """\
---
title: Culture programme for the expo announced
date: 2017-05-02
---
ASTANA — The Eurasia Dance Festival will bring ballet stars to the capital, and a theatre festival dedicated to the 80th anniversary of the actor Asanali Ashimov will be held during the expo.

A competition among singers of the Turkic world will be held in Barys Arena.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "ordinal", {"expo.md": EXPO})


def test_an_ordinal_in_words_is_the_figure_written(ask):
    line = ask("Whose eightieth anniversary will a theatre festival mark?")
    assert "Asanali Ashimov" in line, line
