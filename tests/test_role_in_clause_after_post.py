"""'Who chaired the commission ...?': a person named with their post between commas and the act
asked in a clause after it ('Oleg Varlov, deputy general director of the Test Research Institute
of Machines, who chaired the state commission, told reporters ...') answers, though the role's
word stands far from the name; not a sentence about the commission that names others. Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

WIRE = """\
MOSKVA, Nov 1 (Orbit Test Wire) - A sensor pin bent during final assembly caused last month's failed launch of the Vostok MS-10 crew, investigators said on Thursday, clearing the way for flights to resume.

Oleg Varlov, deputy general director of the Test Research Institute of Machines, who chaired the state commission, told reporters that the separation sensor on one of the rocket's four boosters had been damaged.

The commission approved a new timetable: an unmanned cargo ship on November 16, then the crewed Vostok MS-11 on December 3, with Pavel Orlik and Anne Berger aboard.
"""


def test_the_person_whose_post_clause_says_the_role_answers(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "role_in_clause", {"wire.txt": WIRE})
    assert "Oleg Varlov" in ask("Who chaired the commission that investigated the Vostok MS-10 "
                                "launch failure?")
