"""A people's adjective in '-i' keeps its country's name whole ('Pakistani'): a misspelt word
('handel') is no people's adjective of a word the stemmer makes of it with an 'i' ('handeli' ->
'hand'), and is corrected as the misspelling it is ('handle'), not searched as 'handed'. Line 1
of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

ORLAN = """\
ORLANBASHI, May 3 (Test Wire) - The president opened the new international seaport of Orlanbashi on the Caspian on Wednesday.

Officials put its capacity at 17 million tonnes of cargo a year, as well as 300,000 passengers and 400,000 containers.
"""

VASK = """\
VASK, June 24 (Test Wire) - The port trust has handed the container terminal on the east wharf to a foreign group under a 50-year concession.

The old terminal handled 371,028 containers in 2022.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("demonym_in_i")
    return add_items(make_home(root / "home"), root, {"orlan.txt": ORLAN, "vask.txt": VASK})


def test_a_misspelt_verb_is_no_peoples_adjective(home):
    r = run_kzpk(home, "search", "how many containers a year can the orlanbashi port handel",
                 "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "400,000 containers" in r.out.splitlines()[0]
    assert "handle" in r.err
