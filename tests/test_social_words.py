"""A word said otherwise: a question asking about a 'creche' finds the text's 'daycare centre'
(or 'nursery'); it is no subject the documents never mention.

An invented news item, taken from no document kzpk bundles and no evaluation set; the tests read
what the user sees.
"""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home

LAW = """\
---
title: President signs law making workplace daycare compulsory in Vask
date: 2023-06-15
---
The president has signed a law that obliges employers in the capital territory of Vask to set up daycare centres for the children of their staff.

Marn province opened a daycare centre for the children of female staff at the Civil Secretariat in Marn some years ago.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("social")
    return line1_of(add_items(make_home(tmp / "home"), tmp, {"law.md": LAW}))


def test_a_creche_is_a_daycare_centre(ask):
    line = ask("Where did Marn province open a creche for the children of its female staff?")
    assert "Civil Secretariat in Marn" in line, line

