"""'How much is X worth?' asks a figure by its worth: of two sentences giving a figure about the
same things, the one saying the figure as a worth ('exports worth about $4 million') answers
before one giving a tonnage and a target. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

MANGOES = """\
---
title: Mango exporters told to look north as Kazakhstan takes 4pc of sales
date: 2024-06-20
---
MULTAN: Pakistan expects a record mango crop of about 1.8 million tonnes this season, and exporters hope to reach a target of US$150 million in foreign sales, officials told growers and traders at an online session on Kazakhstan.

Kazakhstan is already a buyer of Pakistani mangoes, officials said, with a small share of exports worth about $4 million, and demand there is rising.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "worth", {"mangoes.md": MANGOES})


def test_the_figure_said_as_a_worth_answers_how_much_worth(ask):
    assert "$4 million" in ask("How much are Pakistan's mango exports to Kazakhstan worth?")
