"""A person asked for by an occupation ('Which Czech cardiac surgeon ...?', 'which Peshawar
labourer ...?', 'Which lorry driver ...?') is asked for as "who" is: line 1 is the sentence
naming someone in that occupation, not the paragraph holding more of the question's other words
and no one at all. Line 1 of plain output, as the user reads it, on a copy of the bundled home
to which three news items of the evaluation piles were added."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import bundled_with_items, line1_of

EVAL = Path(__file__).resolve().parent.parent / "eval"
ITEMS = ["pile81/docs/umc-heart-transplant-notes.md",
         "pile102/docs/pakistan-flour-shortage-peshawar-ration-cards.html",
         "pile91/docs/karachi-shershah-bridge-collapse-northern-bypass.html"]


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    items = {Path(p).name: (EVAL / p).read_text(encoding="utf-8") for p in ITEMS}
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "person_by_occupation",
                                       items))


def test_a_surgeon_asked_for(ask):
    assert "Jan Pirk" in ask("Which Czech cardiac surgeon took part in Kazakhstan's first heart "
                             "transplant?")


def test_a_labourer_asked_for(ask):
    assert "Sher Nawaz" in ask("which peshawar labourer waited three hours for subsidsed flour "
                               "and went home empty handed")


def test_a_driver_asked_for(ask):
    assert "Mohammad Qasim" in ask("Which lorry driver hauling cement lived through the fall of "
                                   "the Karachi flyover?")
