"""What a "how many" question counts ends at its plural noun: 'how many countries naryn
grain fair' counts countries, and 'naryn', 'grain', 'fair' say where. A paragraph where a
number stands before one of those later words ('The two ... grain fair') counts none, and the
one counting countries comes first. Found by pile 9's KADEX question. Line 1 of plain
output."""

from __future__ import annotations

import pytest

from conftest import items_asker

FAIR = """\
---
title: Kyrgyz and Kazakh ministers meet at the Naryn fair
date: 2024-06-04
---
NARYN, June 4: The agriculture ministers of Kyrgyzstan and Kazakhstan met on Tuesday on the margins of the Naryn Grain Fair now under way in the town.

The two reviewed grain fair cooperation between what both called friendly countries and said they were pleased with the state of the grain trade. They also agreed to widen cooperation across the board.

The organisers said the fair, held once every two years, has become one of the largest of its kind in the region. This year's five-day edition has drawn more than 200 traders from 14 countries and organisations.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "counted", {"fair.md": FAIR})


def test_the_words_after_the_counted_noun_are_not_counted(ask):
    line = ask("how many countries naryn grain fair 2024")
    assert "14 countries" in line, line
