"""A sentence that names a post's holder after 'is' ('The coach is Stanimir Stoilov, a
Bulgarian ...') names the holder itself: line 1 is that sentence, not someone an earlier
paragraph names near a word like the post's ('credited the coaching staff ... and the support of
President ...'). And a sentence opening on 'The 21-year-old' goes on about the person the
sentence before names. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

CLUB = """\
Astana become first Kazakh club to reach the group stage

ASTANA, Aug 27 (Wire) - FC Astana drew 1-1 with APOEL in Nicosia on Wednesday to become the first club from Kazakhstan to play in the group stage of the Champions League.

The champions of Kazakhstan had taken a 1-0 lead to Cyprus from the first leg.

"It is hard to put into words what last night means," the chairman of the club's board said. He credited the coaching staff, the fans and the support of President Nursultan Nazarbayev.

The coach is Stanimir Stoilov, a Bulgarian who took over in June of last year.
"""

SHOOTOUT = """\
Kairat beat Celtic on penalties

ALMATY, Aug 27 (Wire) - Kairat Almaty reached the league phase of the Champions League on Tuesday after a penalty shoot-out win over Celtic in the play-off.

Both legs ended goalless, even after extra time in Almaty.

The shoot-out belonged to Temirlan Anarbekov. The 21-year-old, standing in for the injured first-choice goalkeeper, saved three of the five penalties he faced, from Adam Idah, Luke McCowan and Daizen Maeda.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "holder_by_is",
                       {"club.txt": CLUB, "shootout.txt": SHOOTOUT})


def test_the_holder_named_after_is(ask):
    line = ask("Who is the coach of FC Astana?")
    assert "Stanimir Stoilov" in line and "Nazarbayev" not in line


def test_a_person_by_age_is_the_one_named_before(ask):
    line = ask("Which goalkeeper saved three penalties in the shoot-out against Celtic?")
    assert "Temirlan Anarbekov" in line
