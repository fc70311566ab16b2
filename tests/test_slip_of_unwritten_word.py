"""A lower-case word of five letters one slip from a single English word that no document
holds ('tryng': 'trying') is that word misspelt, and may only describe what the question asks
about, as the word spelt right may: the question is answered when the rest of it stands
together in a document, not offered as another word ('trans'). Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

PORTS = """\
---
title: Ports for the steppe
date: 2024-03-02
---
ISLAMABAD: The ports of Karachi and Gwadar offer Vaskaria the shortest route to the open sea, officials said.

The ministry said transit trade through the two ports had doubled since 2021.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "slip_of_unwritten_word", {"ports.md": PORTS})


def test_a_slip_of_an_english_word_no_document_holds_may_only_describe(ask):
    assert "shortest route" in ask("what are the karachi and gwadar ports tryng to offer vaskaria")
