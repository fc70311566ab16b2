"""Words of a question that no document writes and that are no subject either: 'cannot' (an
auxiliary and 'not' in one word), a clipped 'labs' for the 'laboratories' a text writes, a
bound prefix on an English word ('non-recyclable' where a text says 'waste that is not fit for
recycling'), and a country said by its people's adjective or the other way round ('bound for
Syria' over 'the Syrian side', 'Emirati firm' over 'the United Arab Emirates'). Each answers from
the document; none is "no document mentions". Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

DRIVERS = """\
ISLAMABAD, March 3 (Test Wire) - The transport minister told the Senate on Tuesday that 140 bus drivers held forged permits.

The drivers concerned would receive show-cause letters and would not be allowed to drive again, he said.

Samples of the permits were sent to forensic laboratories in Lahore for checking.
"""

WASTE = """\
---
title: Waste plants for three cities
date: 2025-02-10
---
ASTANA: The ecology ministry said investment agreements were signed for two plants to burn waste that is not fit for recycling, costing 88 billion tenge in all.

The plants will be built in Karaganda and Pavlodar; their design was shown at a fair in Cannes.
"""

PEACEKEEPERS = """\
---
title: Kazakh peacekeepers leave for the Golan
date: 2024-03-19
---
ALMATY: A farewell ceremony was held at Gorky Park in Almaty for 139 Kazakh peacekeepers bound for the Syrian side of the Golan Heights.

The Abu Dhabi company Falcon Marine, registered in the United Arab Emirates, holds a minority stake in the Aktau shipyard.
"""

CARGO = """\
BANDAR ABBAS, May 2 (Test Wire) - Hamid Rezaei, who runs a shipping agency at the port, said the chemical containers had been falsely declared on their papers.

The port authority said the blaze was put out after nine hours.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "words_no_lexicon_holds",
                       {"drivers.txt": DRIVERS, "waste.md": WASTE, "peace.md": PEACEKEEPERS,
                        "cargo.txt": CARGO})


def test_cannot_frames_the_question(ask):
    line = ask("What will the bus drivers with forged permits receive so that they cannot drive again?")
    assert "show-cause letters" in line


def test_labs_are_laboratories(ask):
    assert "forensic laboratories in Lahore" in ask("permits samples sent labs")


def test_a_prefixed_english_word_may_only_describe(ask):
    line = ask("How much will the two plants for non-recyclable waste cost?")
    assert "88 billion tenge" in line


def test_a_word_with_a_bound_prefix_may_only_describe(ask):
    # ('mis-', 'under-', 'over-': 'mislabelled' is the text's 'falsely declared')
    line = ask("Who said the chemical containers at the port were mislabelled on their papers?")
    assert "Hamid Rezaei" in line


def test_a_country_is_held_by_its_adjective(ask):
    assert "Gorky Park" in ask("In which Almaty park were the peacekeepers bound for Syria seen off?")


def test_an_adjective_is_held_by_its_country(ask):
    assert "Falcon Marine" in ask("Which Emirati company holds a stake in the Aktau shipyard?")
