"""'MPs' and 'MoFA', the news's abbreviations for members of parliament and a ministry of foreign
affairs, are searched as the words a text writes ('the parliament ... 144 votes', 'Ministry of
Foreign Affairs'), not offered as another word ("did you mean 'Ms'?"). And a capitalised name
no document holds ('Garantex', an exchange) is no English word two letters away ('guarantee'),
nor one a consonant away ('Primark', a chain, is no 'primary'): "nothing found", with the guess
offered. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

VOTE = """\
---
title: Parliament votes to drop four zeros from the som
date: 2025-10-06
---
BISHKEK: The parliament on Sunday approved a bill that strikes four zeros from the national currency. The vote was 88 in favour and 12 against.

Ms Aida Sultanova, a banker, said the change would take two years.
"""

MINISTRY = """\
---
title: Foreign ministry briefing on Central Asia
date: 2024-03-01
---
ISLAMABAD: Tahir Baloch, Director General (Central Asia) at the Ministry of Foreign Affairs, briefed reporters on Friday.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "mps_and_mofa", {"vote.md": VOTE, "ministry.md": MINISTRY})


def test_mps_are_members_of_parliament(ask):
    assert "88 in favour" in ask("How many MPs voted to strike four zeros from the som?")


def test_mofa_is_the_ministry_of_foreign_affairs(ask):
    assert "Tahir Baloch" in ask("Who is the MoFA director general for Central Asia?")


def test_a_capitalised_name_is_not_corrected_into_an_english_word(tmp_path):
    from conftest import add_items, make_home, run_kzpk

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"vote.md": VOTE, "bank.md": BANK})
    r = run_kzpk(home, "search", "Garantex exchange sanctions", "--format", "plain", "--limit", "1")
    assert r.code == 1 and r.out == ""
    assert "no document mentions 'Garantex'" in r.err


def test_a_capitalised_name_a_consonant_from_an_english_word_is_not_corrected(tmp_path):
    from conftest import add_items, make_home, run_kzpk

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"mill.md": MILL})
    r = run_kzpk(home, "search", "Primark orders from Pakistani mills", "--format", "plain",
                 "--limit", "1")
    assert r.code == 1 and r.out == ""
    assert "no document mentions 'Primark'" in r.err


MILL = """\
---
title: Spinning mills close
date: 2024-06-03
---
KARACHI: The primary reason more Pakistani mills closed is the price of power, the association said, and orders fell.
"""


BANK = """\
---
title: Bank offers a deposit guarantee
date: 2024-05-01
---
ALMATY: The bank said a state guarantee covers deposits, and its exchange office faces no sanctions.
"""
