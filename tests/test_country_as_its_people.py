"""A country a query names stands in a text that names its people ('russia' in a text saying
'Russians'): so when a word of the query is in no document and may only describe ('a
concessional mortgage'), the rest still finds the text, as a user expects; line 1 answers."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, run_kzpk

LOANS = """\
MOSCOW, May 5, 2021 (Steppe Wire) - Russians buying new flats will be able to borrow at 7 per cent a year under a state mortgage scheme announced on Wednesday.

Officials expect the scheme to produce up to 90,000 housing loans in its first year.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("people")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"loans.txt": LOANS})
    return home


def test_a_country_stands_in_a_text_naming_its_people(home):
    r = run_kzpk(home, "search", "russia concessional mortgage scheme loans",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "90,000 housing loans" in r.out.splitlines()[0]
    assert "'concessional'" in r.err  # said: searched without it
