"""A misspelt word of ordinary English that no document holds even spelt right ('ceremny' for
'ceremony') is taken, as the word spelt right would be, for a word that only describes what the
question asks about when the rest of the question finds its subject: the search goes on without
it, rather than saying no document mentions it.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

FAIR = """\
Vask grain fair opens

VASK, 4 May 2025 – The trade officer of Orlen, Pel Darro, opened the Vask grain fair on Monday, where millers from Tessa and Marn showed their flour.
"""


def test_misspelt_describing_word_is_searched_without(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"fair.md": FAIR})
    assert "Pel Darro" in line1_of(home)("Who opened the Vask grain fair with a ceremny on Monday?")
