"""A toll asked in one word is found in the others the news uses: 'How many people died ...?'
is answered by '..., killing 12 people', not by a later '... one of them later died'. Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

CRASH = """\
ORLAN, Dec 27 (Test Wire) - A Vask Air Fokker 100 with 98 people on board crashed moments after taking off from Orlan early on Friday, killing 12 people, the interior ministry said, revising down an earlier toll of 15.

The jet was flying to the capital. It carried 93 passengers and five crew. The plane lost height during take-off, broke through a concrete fence and hit a two-storey house beyond the airfield.

Survivors described the aircraft shaking just after it left the runway. The health ministry said 66 people were brought to hospitals in the city; 50 were admitted and one of them later died.

The president declared Saturday a day of national mourning. Flights by all Fokker 100 aircraft have been suspended until the cause is clear.

Vask Air, based in Oral, started out as a business-jet operator in 1999 and began scheduled flights in September 2011.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "toll_words", {"crash.txt": CRASH})


def test_died_is_answered_by_killing(ask):
    assert "killing 12 people" in ask(
        "How many people died when the Vask Air plane crashed after take-off from Orlan?")
