"""A long name in its Russian romanisation, a 'kh' for the Turkmen or Persian 'g' ('Ashkhabad'
for 'Ashgabat'), is the name the documents write: kzpk answers, and says what it searched for."""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

ITEM = """Turkmen capital opens new airport terminal

ASHGABAT, Sept 17 (Caspian Wire) - Turkmenistan opened a new terminal at Ashgabat airport on
Saturday, able to handle 1,600 passengers an hour, officials said.
"""


def test_ashkhabad_is_ashgabat(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"ashgabat-terminal.txt": ITEM})
    r = run_kzpk(home, "search", "Ashkhabad airport terminal passengers per hour",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "1,600 passengers an hour" in r.out.splitlines()[0]
    assert "Ashgabat" in r.err
