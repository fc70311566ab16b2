"""'In which region will ...?' names the kind of place asked: a sentence naming a place of that
kind ('in the Jizzak region') answers over the lead, whose places ('in Vaskaria', 'talks in
Orlan') are of no kind asked. So does 'the republic of Khakassia', in a later paragraph, for
'In which Russian republic ...?', over a first paragraph whose dateline names a town. Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

PLANT = """\
ORLAN, May 27, 2024 (Test Wire) - Kunoria will build a small nuclear power plant in Vaskaria under a contract signed on Monday during talks in Orlan between the two presidents.

The plant will stand in the Jizzak region and have six reactors of 55 MW each, for a total capacity of 330 megawatts, the builder said.

If it is built, it would be the first nuclear power plant in the region.
"""

DAM = """\
BELOGORSK, Russia, Aug 18, 2009 (Test Wire) - Divers searched the flooded turbine hall of the Belogorsk-Ust hydroelectric station on Tuesday, a day after the accident that wrecked one of Russia's largest power plants.

At least 12 people are confirmed dead, according to the state company that runs the station on the Yenisei River in the republic of Khakassia, about 3,300 km east of Moscow.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "place_of_kind", {"plant.txt": PLANT, "dam.txt": DAM})


def test_a_place_of_the_kind_asked_answers_where(ask):
    assert "Jizzak region" in ask(
        "In which region will Kunoria build Vaskaria's small nuclear power plant?")


def test_a_republic_asked_is_named_with_of(ask):
    assert "republic of Khakassia" in ask(
        "In which Russian republic does the Belogorsk-Ust hydroelectric station stand?")
