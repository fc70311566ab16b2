"""What a "which" question asks, by the noun after it: a person by a post that is no title
('Which board member of the shoe makers' trade body ...?'), a body by what it does ('Which Swiss
group bought out ...?'), a place by the kind of place after a preposition ('In which locality
...?', 'At which Pakistani port ...?'). Line 1 of plain output, as the user reads it, on copies
of the bundled home to which an evaluation pile's news items were added."""

from __future__ import annotations

import pytest

from conftest import pile_asker


@pytest.fixture(scope="module")
def ask104(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile104")


@pytest.fixture(scope="module")
def ask101(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile101")


def test_a_group_asked_for(ask104):
    assert "Tetra Laval" in ask104("Which Swiss group bought out the Lahore packaging firm's "
                                   "share of their liquid-carton venture?")


def test_a_locality_asked_for(ask101):
    assert "Umm Al Houl" in ask101("In which locality did the emir open the country's new "
                                   "seaport?")


@pytest.fixture(scope="module")
def ask92(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile92")


def test_a_place_with_words_between(ask92):
    assert "Batpayev forestry" in ask92("In which forestry did the Abai region wildfire start?")
