"""'Which institute ...?' asks for a body: a person's record never answers it, though the
question names that person ('... the conference reflecting on Tokayev's state visit?'); the
text naming the institute does."""

from __future__ import annotations

from conftest import line1_of


def test_a_named_person_is_no_body_asked_for(real_home):
    line = line1_of(real_home)("Which institute hosted the conference reflecting on "
                               "Kassym-Jomart Tokayev's state visit to Islamabad?")
    assert "Institute of Strategic Studies Islamabad" in line.rsplit(" — ", 1)[0]
    assert "[entity] Kassym-Jomart Tokayev" not in line


def test_a_named_person_answers_which_body_by_a_post_there(real_home):
    line = line1_of(real_home)("Mukhit Asanbayev is an expert at which institute")
    assert line.startswith("1. [entity] Mukhit Asanbayev — expert at the Kazakhstan Institute "
                           "for Strategic Studies")
