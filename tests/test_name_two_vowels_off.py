"""A long name two vowels off the spelling a document writes beside a name the query also
gives ('Mohajir Farahi' for the 'Muhajer Farahi' an item names) is that name in another
romanisation, searched as written; and a thing's 'earlier name' is what a text says it was
'previously known as', a plebiscite a referendum."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import said_otherwise

DAM = """\
<html><head><title>Taliban order a dam on the Kunar river</title>
<meta name="date" content="2025-10-24"></head><body>
<p>Afghanistan's supreme leader has ordered work to begin at once on dams along the Kunar river, the deputy minister of information said on Friday.</p>
<p>Muhajer Farahi, the deputy minister of information, announced the instruction on X.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "name_two_vowels_off", {"dam.html": DAM})


def test_two_vowels_off_beside_a_known_name(ask):
    line = ask("Mohajir Farahi Kunar dam announcement")
    assert "Muhajer Farahi" in line


def test_earlier_is_previously_and_plebiscite_is_referendum():
    # ('its earlier name' -> 'previously known as'; 'the plebiscite' -> 'the referendum')
    assert {"previously", "formerly"} <= said_otherwise({"earlier"})
    assert "referendum" in said_otherwise({"plebiscite"})
    assert "credence" in said_otherwise({"credentials"})  # ('letters of credence')
