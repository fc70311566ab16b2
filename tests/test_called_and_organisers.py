"""Two ways a question's words stand in a text in other forms: 'How did X describe Y?' is
answered by the sentence saying X 'called the recent Uzbekistan–Pakistan summit a turning
point' (a name given to Y, however many words name Y), not by one saying X regards someone as
a partner; and 'organisers' finds 'It was organized by ...', an agent noun in one spelling
and its verb's past in the other, which the stemmer stems apart."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import CALLED, answers

SUMMIT = """\
---
title: Conference on Uzbekistan-Pakistan ties after the summit
date: 2025-03-04
---

Omar Rashid, special assistant to the prime minister, said Pakistan regards Uzbekistan as a key partner in Central Asia and a gateway to its markets.

Opening the conference, Omar Rashid called the recent Uzbekistan–Pakistan summit a strategic turning point for both nations.
"""

FORUM = """\
---
title: Round table on mountain trade
date: 2024-06-10
---

A round table on mountain trade was held in Gilgit on Monday. It was organized by the Hunza Institute of Public Policy and the Embassy of Kyrgyzstan.

The round table was attended by the governor of Gilgit-Baltistan, two former ambassadors and the head of the Hunza Institute's trade programme.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "called_and_organisers",
                       {"summit.md": SUMMIT, "forum.md": FORUM})


def test_called_the_summit_a_name_for_it():
    assert answers(CALLED, "Omar Rashid called the recent Uzbekistan–Pakistan summit a strategic "
                           "turning point for both nations.", {"summit"})


def test_described_by_what_he_called_it(ask):
    line = ask("How did Omar Rashid describe the recent Uzbekistan–Pakistan summit?")
    assert "turning point" in line.split(" — ")[0]


def test_organisers_finds_organized(ask):
    line = ask("round table organisers hunza")
    assert "organized by the Hunza Institute" in line.split(" — ")[0]
