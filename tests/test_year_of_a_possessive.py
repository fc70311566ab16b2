"""A year a name's possessive gives its thing ('Yunus Malik's 1979 cult classic') is a date: it
answers 'From what year is ...?', and that paragraph is the answer, not another of the item
giving a day of something else."""

from __future__ import annotations

import pytest

from conftest import items_asker

FILM = """\
KARACHI, Nov 22, 2022 (Capital News Service) - "The Ballad of Noori" has become the first Pakistani film to gross $9 million worldwide, its makers said on Tuesday.

Of that total, $3.5 million came from cinemas at home. The Punjabi-language drama was released worldwide on 13 October in about 500 theatres.

The film is a reboot of Yunus Malik's 1979 cult classic "Noori" and tells of a feud between two clans. Fawad Khan plays the lead.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "year_of_a_possessive", {"film.txt": FILM})


def test_the_year_the_possessive_gives(ask):
    line = ask("From what year is the Yunus Malik picture that Fawad Khan's Punjabi film "
               "remakes?")
    assert "1979" in line
