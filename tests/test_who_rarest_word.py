"""A "who" question naming no role is answered by the sentence that holds its rarest word and
names someone, though the name stands far from the question's words ('One of the medals came
in <sport>, ... where <name> shared ...'), rather than by a sentence naming others beside a
common word of the question ('... secretary of the Pakistan ... Federation')."""

from __future__ import annotations

import pytest

from conftest import items_asker

GAMES = """\
---
title: Two medals for Pakistan on the first day of the Steppe Games
date: 2023-07-04
---
ALMATY: Pakistan won two medals on Monday, the opening day of the Steppe Games in the Kazakh city.

One of the medals came in alysh, a form of belt wrestling long practised by herders of the Irtysh valley, where Daniyal Haider Awan shared the podium in the 90kg class on the final evening.

The team's manager is Tariq Mehmood Butt, secretary of the Pakistan Wrestling Association, and Khalid Anwar Sheikh carried the flag for Pakistan at the opening ceremony of the Steppe Games.

Around forty athletes from Pakistan are taking part in the Steppe Games, which end on Sunday. Pakistan won a medal at the games in 2019 too.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "who-rarest", {"games.md": GAMES})


def test_who_line_is_the_sentence_with_the_rarest_word_naming_someone(ask):
    line = ask("Who won a medal for Pakistan in alysh at the Steppe Games?")
    assert "Daniyal Haider Awan" in line
    assert "Tariq Mehmood Butt" not in line
