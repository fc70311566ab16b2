"""A question may name what it measures in other words than the text: the 'clauses' of a
constitution are its 'articles', the 'audience' of a 'webinar' the participants of an online
conference. The question is searched in the text's words, and a count of the things in the
text's word answers 'how many' ('amendments to 29 articles'), not another figure of the same
text (a share of the vote). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

REFERENDUM = """\
---
title: Voters in Kyrgyzstan back constitutional changes
date: 2021-04-12
---
BISHKEK: In the 2021 vote on the constitution, 79 percent of voters backed the changes to the constitution, officials said on Monday.

Amendments are made to 29 articles of the constitution, and the powers of parliament are cut.
"""

ROUNDTABLE = """\
---
title: Online conference marks anniversary of Pakistan-Kyrgyzstan ties
date: 2022-05-09
---
ISLAMABAD: A think tank held an online conference on the 30th anniversary of diplomatic relations between Pakistan and Kyrgyzstan, with speakers from both countries on 9 May.

The conference was viewed live on social media and was attended by 38 participants, including scholars and experts from the two countries.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "measurewords",
                       {"referendum.md": REFERENDUM, "roundtable.md": ROUNDTABLE})


def test_clauses_of_a_constitution_are_counted_as_its_articles(ask):
    assert "29 articles" in ask("how many clauses of the constitution were changed in the 2021 "
                                "vote")


def test_audience_of_a_webinar_is_its_participants(ask):
    assert "38 participants" in ask("how big was the audience of the anniversary webinar")
