"""A noun made of a verb and its particle ('handover', 'crackdown') that no document writes is
searched as the verb, which a text writes with the particle apart ('handed over'), and said so
on stderr: it is no subject the documents never mention. A word that is no English verb before
the particle ('zorblover') still is.

An invented news item, taken from no document kzpk bundles and no evaluation set; the tests
read what the user sees.
"""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

DOSES = """\
---
title: First vaccine doses from Marn land in Vask
date: 2021-02-01
---
A plane carrying the first batch of vaccine doses gifted by Marn landed at Vask airport on Monday.

The doses were formally handed over later in the day at an air base near Vask, in the presence of Marn's ambassador, Tomas Brandt.
"""


def test_handover_is_searched_as_hand(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"doses.md": DOSES})
    r = run_kzpk(home, "search", "Who was Marn's ambassador at the handover of the vaccine doses?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0 and "Tomas Brandt" in r.out.splitlines()[0], (r.out, r.err)
    assert "no document writes 'handover'; searched for 'hand over'" in r.err
    r = run_kzpk(home, "search", "Who was Marn's ambassador at the zorblover of the doses?")
    assert r.code == 1 and "no document mentions 'zorblover'" in r.err
