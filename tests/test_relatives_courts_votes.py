"""Three things a question's kind of answer hangs on. 'Which brother of X ...?' asks for a
person, as 'Which minister ...?' does; a court ('the Lahore High Court') is a body, no person a
"who" question could be answered by; and 'By what vote ...?' is answered by a number of votes
('passed by 88 votes to 12'), which a later paragraph of the item gives."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import WHO, ask_of, person_names

BAIL = """\
---
title: Former minister arrested after court rejects bail plea
date: 2021-03-02
---

LAHORE, March 2, 2021 (Capital Wire) - Former minister Tariq Mahmood Khan was arrested at his Lahore home on Tuesday by the anti-graft bureau, hours after the Lahore High Court turned down a plea to extend his pre-arrest bail in a land allotment case.

A two-member bench announced the order after both Khan and his brother, Sajid Rauf, had already left the court building. No warrant was issued for the brother.
"""

VOTE = """\
---
title: Bishkek frees first inmates under virus release law
date: 2020-04-15
---

Kyrgyzstan had freed about 400 prisoners by Wednesday under a law that parliament adopted early on Tuesday to ease its crowded jails as the coronavirus spread, the state news agency said.

The bill, drafted by the ruling party and its ally, passed by 88 votes to 12, the deputy speaker said. About 3,000 prisoners are to be let out under judicial control.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "relatives_courts_votes",
                       {"bail.txt": BAIL, "vote.md": VOTE})


def test_a_relative_is_a_person_asked_for(ask):
    assert ask_of("Which brother of Tariq Mahmood Khan was arrested?") == WHO
    line = ask("Which brother of Tariq Mahmood Khan also had his pre-arrest bail turned down?")
    assert "Sajid Rauf" in line.rsplit(" — ", 1)[0]


def test_a_court_is_no_person():
    assert person_names("hours after the Lahore High Court turned down a plea", set()) == []


def test_a_vote_is_answered_by_a_number_of_votes(ask):
    line = ask("By what vote did Kyrgyzstan's parliament pass the coronavirus prisoner release "
               "law?")
    assert "88 votes to 12" in line.rsplit(" — ", 1)[0]
