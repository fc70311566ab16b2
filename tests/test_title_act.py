"""'What did X order after meeting Y?' asks for the object of the act the question names. When
a news item's title tells that act ('Minister orders survey of ...') and none of its paragraphs
says the verb, the first paragraph tells it in other words ('told officials to begin a survey'):
a later paragraph naming Y, the circumstance, does not answer. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

SURVEY = """\
---
title: Minister orders survey of Gilgit-Almaty air corridor
date: 2024-09-03
---
ISLAMABAD: Pakistan's aviation minister Tariq Durrani on Monday told officials to begin a route survey for a direct air corridor between Gilgit and Almaty in Kazakhstan, calling it a gateway for mountain travel.

The minister was speaking to Kazakhstan's Minister of Tourism, Nurlan Sadvakasov, who called on him at the ministry, his office said in a statement.

The two sides also discussed training for air traffic controllers.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "title_act", {"survey.md": SURVEY})


def test_the_first_paragraph_tells_the_act_the_title_names(ask):
    line = ask("What did Tariq Durrani order after meeting Kazakhstan's tourism minister?")
    assert "route survey" in line
