"""Two ways one name is written: a name whose particle is hyphenated in the query and written
as one word with all its parts in the documents ('Qurat-ul-Ain' for 'Quratulain'), a Persian
'q' written 'gh' ('Sadeq' for 'Sadegh'), and a Kazakh name in its Russian romanisation
('Kokchetav' for 'Kokshetau'). Each is searched as the documents write it, and said;
'Hague' is still not searched as 'Haque' (a 'qu' is no Persian 'q'). Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

BILL = """\
---
title: Senate passes the child marriage bill
date: 2019-04-29
---
ISLAMABAD: Senator Quratulain Marri first moved the bill on child marriage in the upper house, where it passed on Monday.
"""

QUAKE = """\
---
title: Quake shakes Khoy
date: 2023-01-29
---
TEHRAN: A shallow earthquake shook the city of Khoy late on Saturday. The governor of the province, Sadegh Motamedian, said relief teams had reached every village.
"""

HOSPITAL = """\
---
title: Lenders back a new hospital in the north
date: 2024-11-01
---
ASTANA: The new hospital in Kokshetau is meant to serve more than 730,000 people in the city and the region around it.
"""

HAQUE = """\
---
title: Envoy meets chamber
date: 2024-01-10
---
ASTANA: Ambassador Noman Haque met members of the chamber of commerce on Tuesday.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("joined_particle")
    return add_items(make_home(root / "home"), root,
                     {"bill.md": BILL, "quake.md": QUAKE, "haque.md": HAQUE,
                      "hospital.md": HOSPITAL})


def test_a_hyphenated_particle_written_joined(home):
    r = run_kzpk(home, "search", "Qurat-ul-Ain Marri bill", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Quratulain Marri" in r.out.splitlines()[0]
    assert "Quratulain" in r.err


def test_a_persian_q_written_gh(home):
    r = run_kzpk(home, "search", "Who is Sadeq Motamedian?", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Sadegh Motamedian" in r.out.splitlines()[0]


def test_a_russian_romanisation_of_a_kazakh_name(home):
    # 'ch' for 'sh' and a 'v' for a 'u' after a vowel: 'Kokchetav' is 'Kokshetau'
    r = run_kzpk(home, "search", "Kokchetav", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "730,000 people" in r.out.splitlines()[0]
    assert "Kokshetau" in r.err


def test_hague_is_no_haque(home):
    r = run_kzpk(home, "search", "Hague ruling", "--format", "plain")
    assert r.code == 1, r.out  # offered at most ('did you mean'), never searched in its place
    assert "no document mentions 'Hague'" in r.err
