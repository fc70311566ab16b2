"""A keyword query whose best sentence goes on about a thing the sentence before names ('The
company is also a licensed ... maker'): line 1 starts at the sentence naming it ('... about
Zarya Textiles, a Faisalabad firm that ...') when both fit in it, as it does for 'He' and 'She'.
Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

MILL = """\
---
title: Faisalabad chamber meets Kazakh investment agency over textile plans
date: 2025-07-02
---
ASTANA, July 2 — Officials of the national investment agency received a delegation of the Faisalabad Chamber of Commerce and Industry to discuss links between the business communities of the two countries.

The visitors presented their city as the heart of Pakistan's cotton trade, with hundreds of mills and export houses.

Most of the talk was about Zarya Textiles, a Faisalabad firm that wants to open a spinning mill near Shymkent. The company is also a certified organic towel maker whose bath linen sells well in Germany and Japan. It hopes to hire Kazakh weavers.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "the_company_before", {"mill.md": MILL})


def test_line_1_starts_at_the_sentence_naming_the_company(ask):
    line = ask("faisalabad organic towel maker kazakhstan")
    assert "Zarya Textiles" in line
