"""Two English words a query writes as one that no document writes so ('homebuilding'), both
held by the documents: searched as the two words, and said so on stderr; line 1 answers. A
word that is no such pair and that no document holds stays a subject no document mentions. So
are two words, short or not, that a document writes side by side ('adhoc' for 'ad hoc')."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, run_kzpk

HOMES = """\
ANKARA, June 2, 2023 (Anatolia Desk) - Turkey's state housing agency said building work on cheap homes would start first in 12 provinces hit by the February earthquakes.
"""

PANEL = """VASK CITY, May 3, 2023 (Test Wire) - The Vask Olympic body set up an ad hoc panel to run the wrestling federation and gave it 45 days to hold elections.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("halves")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"homes.txt": HOMES, "panel.txt": PANEL})
    return home


def search(home, query):
    return run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")


def test_two_words_written_as_one_are_searched_as_two(home):
    r = search(home, "In how many provinces does the homebuilding start first?")
    assert r.code == 0, r.err
    assert "12 provinces" in r.out.splitlines()[0]
    assert "searched for 'home building'" in r.err


def test_a_word_of_no_such_pair_is_still_a_subject_no_document_mentions(home):
    r = search(home, "In how many provinces does the armadillo trade start?")
    assert r.code == 1 and "no document mentions 'armadillo'" in r.err


def test_two_words_a_document_writes_apart_are_searched_apart(home):
    r = search(home, "how many days did the adhoc panel get to hold the wrestling elections")
    assert r.code == 0, r.err
    assert "gave it 45 days" in r.out.splitlines()[0]
    assert "searched for 'ad hoc'" in r.err
