"""A name's given names as initials before the name a document writes them with ('AQ Khan',
'aq khan', 'A.Q. Khan' for 'Abdul Qadeer Khan'): no subject no document mentions, but the
person, searched with the given names written out, and said so on stderr. A small English
word before a name ('an Bekova') is no initials. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

OBITUARY = """\
ISLAMABAD, Oct 10 (Test Wire) - Gulnar Zhanar Bekova, the engineer who built the country's first dam on the Vask river, died in hospital on Sunday.

Funeral prayers were set for the afternoon at the Orlan Mosque, where she had asked to be buried.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("initials_before_name")
    return add_items(make_home(root / "home"), root, {"obituary.txt": OBITUARY})


@pytest.mark.parametrize("query", ["GZ Bekova funeral prayers venue",
                                   "gz bekova funeral prayers venue",
                                   "G.Z. Bekova funeral prayers venue"])
def test_initials_before_a_name_are_its_given_names(home, query):
    r = run_kzpk(home, "search", query, "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "Orlan Mosque" in r.out.splitlines()[0]
    assert "searched for 'Gulnar Zhanar'" in r.err
