"""'What did X speak about?' asks what the text saying X spoke tells ('X spoke about the
electoral reforms ...'), not the record of the session X spoke at, which names X among others:
the question's verb is found in its irregular forms too ('spoke' for 'speak')."""

from __future__ import annotations

import pytest

from conftest import items_asker, line1_of

SESSION = """\
---
title: Roundtable on parliamentary diplomacy in Central Asia
date: 2024-04-10
---

ALMATY, April 10 (Steppe Wire) - The third session of the roundtable on parliamentary diplomacy, held on Wednesday at the Institute of Parliamentarism, heard Aigerim Tulegenova, Saeed Khan Mandokhel and Dina Bekova.

Deputy Director of the Institute of Parliamentarism Dr. Aigerim Tulegenova spoke about the electoral reforms in Kazakhstan and their effect on the role of the Mazhilis.

Saeed Khan Mandokhel urged closer ties between the two upper houses.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "spoke_about", {"session.txt": SESSION})


@pytest.mark.parametrize("question", [
    "What did Aigerim Tulegenova of the Institute of Parliamentarism speak about?",
    "what did aigerim tulegenova talk about at the roundtable",
])
def test_what_someone_spoke_about(ask, question):
    assert "electoral reforms" in ask(question).rsplit(" — ", 1)[0]


def test_a_speaker_in_the_bundled_roundtable_records(real_home):
    # the session's record names her among its speakers and tells the session's theme
    line = line1_of(real_home)("What did Kaliyeva Elmira Abdykovna speak about at the roundtable?")
    assert "constitutional transformations" in line
