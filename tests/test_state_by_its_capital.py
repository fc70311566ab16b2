"""A country no document names, where a document is filed from or tells of its capital ('at the
Games in Qatar' beside 'DOHA, Dec 6 - ...'): searched as the capital, and said so on stderr,
not "no document mentions 'Qatar'" with exit 1."""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk
from kzpk.question import capital_of_state

ITEM = """Hosts keep Gulf Cup hockey gold

DOHA, Dec 6 (Gulf Sports Wire) - The hosts kept their grip on the Gulf Cup hockey title on
Wednesday, beating Oman 3-1 in the final at a packed Aspire Hall.

In the match for bronze, played earlier in the evening, Kuwait overcame Bahrain 4-2.
"""


def test_a_country_is_its_capital():
    assert capital_of_state("Qatar") == "Doha"
    assert capital_of_state("hungary") == "Budapest"
    assert capital_of_state("Hockey") is None


def test_a_country_no_document_names_is_searched_as_its_capital(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"gulf-cup.txt": ITEM})
    r = run_kzpk(home, "search", "Who won the Gulf Cup hockey final in Qatar?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "beating Oman 3-1" in r.out.splitlines()[0]
    assert "no document writes 'Qatar'; searched for 'Doha'" in r.err
