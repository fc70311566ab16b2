"""A name followed by its own initials in brackets is a body's ('the Regional Anti-Terrorist
Structure (RATS)'), not a person's: a paragraph naming only that body, which the question names
by its initials, gives no answer to "who", and the paragraph naming the person who did the act
asked about does. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

TALKS = """\
KARACHI, March 3 (APP) - Customs experts of the member states of the Economic Cooperation Organization began three days of talks in the port city on Monday, the Federal Board of Revenue said.

Teams from Iran, Turkey, Kazakhstan, Uzbekistan, Tajikistan and Pakistan, and a group from the secretariat of the Tehran Transit Office (TTO), which keeps the corridor rules, are attending the round, which ends on March 5.

Opening the first sitting on the host's behalf, Rukhsana Baig, the federal secretary for commerce, said transit trade through Karachi had doubled in five years.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "body_initials", {"talks.txt": TALKS})


def test_the_person_who_opened_answers_not_the_body_asked_by_its_initials(ask):
    line = ask("Who opened the ECO TTO customs experts' round in Karachi on Pakistan's behalf?")
    assert "Rukhsana Baig" in line


def test_a_run_of_capitals_before_its_own_initials_is_no_person():
    from kzpk.question import person_names

    said = "a group from the Tehran Transit Office (TTO), which keeps the corridor rules"
    assert person_names(said, set()) == []
    # a person's party after the name is not the name's initials
    assert person_names("Bilawal Bhutto Zardari (PPP) said", set()) == ["Bilawal Bhutto Zardari"]
