"""A person asked for by what they keep or make ('Which Vaskar beekeeper ...?', 'Which
shoemaker ...?') is asked for as "who" is: the line answering names them in full, as an earlier
paragraph gives the name ('Tamir Oskenbay (named in full in ...): …Oskenbay says he lost ...'),
also when the surname is an English word the documents write as a name ('Khan'). Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

BEES = """\
---
title: Smog and late blossoms send Orlania's beekeepers further afield
date: 2025-03-10
---
VASKAR - Orlania's beekeepers are trucking their hives further than ever this spring as smog and late blossoms upset the season.

The boxes go wherever the flowers are in bloom, said Tamir Oskenbay, a beekeeper, standing among orange trees whose blossom came weeks late this February.

Migration is nothing new for the trade. Beekeepers normally spend the summer in the hills and the winter on the plains, sparing their colonies the worst of the heat.

This winter's smog was so bad that the government declared a disaster. Oskenbay says he lost almost half his bees when the smog came, because they could not fly.
"""

TRADERS = """\
---
title: Orla honey traders count the cost of a wet year
date: 2024-09-02
---
ORLA - Honey traders in the capital say prices have doubled after a wet summer cut the harvest.

"We have never paid so much," said Dina Rahim Khan, a trader who has sold honey at the old market for thirty years.

The market's dealers say the rains kept bees in their hives for weeks. Khan said she had cut her orders by a third and expected to sell out before winter.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "person_by_trade", {"bees.md": BEES, "traders.md": TRADERS})


def test_a_person_asked_by_trade_is_named_in_full(ask):
    assert "Tamir Oskenbay" in ask("Which Vaskar beekeeper lost almost half his bees to the smog?")


def test_a_surname_that_is_an_english_word(ask):
    assert "Dina Rahim Khan" in ask("Who cut her honey orders by a third after the wet summer?")
