"""'What share of X ...?' asks for a part of X: a percentage said to be of another whole ('68
percent of the vote') does not answer it, a fraction of X does ('more than a quarter of the
charter'), and so does one of a pronoun standing for it ('15 per cent of it'). 'What fraction
...?' and 'What portion ...?' ask it as 'What share ...?' does. Line 1 of plain output, as the
user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

VOTE = """\
---
title: Kyrgyz voters back new charter
date: 2021-04-12
---
BISHKEK: The charter changes, which rewrite the powers of the president, were carried in Sunday's referendum by 68 percent of the vote, the election commission said on Monday.

The new text covers 21 articles, more than a quarter of the charter.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "share_of_what", {"vote.md": VOTE})


def test_a_share_of_the_whole_asked_answers(ask):
    assert "quarter of the charter" in ask("What share of the charter do the changes rewrite?")


@pytest.mark.parametrize("word", ["fraction", "portion"])
def test_a_fraction_or_portion_asked_is_a_share(ask, word):
    assert "quarter of the charter" in ask(f"What {word} of the charter do the changes rewrite?")


def test_the_part_of_other_whole():
    from kzpk.question import HOW_MUCH, answers, words_of

    q = words_of("What share of the charter do the changes rewrite?")
    assert not answers(HOW_MUCH, "It was carried by 68 percent of the vote.", q)
    assert answers(HOW_MUCH, "They rewrite more than a quarter of the charter.", q)
    assert answers(HOW_MUCH, "The country processed only 15 per cent of it at home.", q)
