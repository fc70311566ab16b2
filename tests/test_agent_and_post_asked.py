"""'Who wrote ...?' asks for the one who did the act, named by their part in it ('Author of the
analysis ...') or said to have done it, not a speaker whose words hold the question's words; and
'What ministerial post did X hold ...?' asks for X's role, as 'What post ...?' does."""

from __future__ import annotations

from conftest import line1_of
from kzpk.question import WHO, ask_of


def test_who_wrote_is_the_author(real_home):
    line = line1_of(real_home)("Who wrote the article about the current state of bilateral "
                               "relations between Kazakhstan and Pakistan?")
    assert "SAKHRI Mohamed" in line.split(" — ")[0]


def test_a_post_qualified_is_a_role_asked(real_home):
    assert ask_of("What ministerial post did Jam Kamal Khan hold in 2016?") == WHO
    line = line1_of(real_home)("What ministerial post did Jam Kamal Khan hold when he headed "
                               "the delegation to Astana?")
    assert "Minister of State for Petroleum and Natural Resources" in line
