"""A query word the texts write another way: a unit as the news abbreviates it ('megawatts' for
'1,300 MW'), a title clipped in notes ('asst profesor' for 'Assistant Professor'), a noun of a
verb's family that the stemmer keeps apart ('recognition' for 'recognize'), a state named by an
acronym that is no initialism of the name texts use ('USSR' for 'the Soviet Union'). And keywords whose
English words no text writes, though the rest of them name one passage by three rarer words:
searched without them, and said so. Without these rules each query ends with "no document
mentions ..." and exit 1, or another paragraph wins.

Invented news items, taken from no document kzpk bundles and no evaluation set; each test reads
line 1 of plain output, stderr and the exit status, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

GRID = """\
---
title: Orlen grid link moves ahead
date: 2025-03-04
---
VASK – The Orlen grid link will carry up to 1,300 MW from the hill plants of Kessa to Vask from 2027, the energy board said on Tuesday.

Dr. Mira Tolen, Assistant Professor at the Vask Institute of Technology, told the board that the link would pay for itself within nine years.

When Orlen became a republic in March 1994, Vask was among the first provinces to recognize it, and its governor sent a letter of thanks.

Orlen broke away from the Soviet Union in 1991, the board's history recalls, and its first power line to the United States' allies was built in 1998.

The board's office in New York, opened in 2019, will close for good on October 31, 2026.

The board's chairman, Ilan Kovar, gave a radio interview on the link, calling Orlen and Vask two neighbours with complementary grids.
"""

OTHER = """\
---
title: Vask board reviews its accounts
date: 2025-04-10
---
VASK – The energy board reviewed its accounts for the year and approved a professor's report on tariffs.

The board said the power it buys from Kessa cost more than in the year before.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("written-short")
    return add_items(make_home(root / "home"), root, {"grid.md": GRID, "board.md": OTHER})


def search(home, query):
    return run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")


def test_an_acronym_no_text_writes_is_searched_as_the_name_texts_use(home):
    r = search(home, "When did Orlen break away from the USSR?")
    assert r.code == 0, r.err
    assert "1991" in r.out.splitlines()[0]
    assert "no document writes 'USSR'; searched for 'Soviet Union'" in r.err


def test_a_city_by_its_initials_is_searched_by_its_name(home):
    r = search(home, "When does the board's NYC office close for good?")
    assert r.code == 0, r.err
    assert "October 31, 2026" in r.out.splitlines()[0]
    assert "no document writes 'NYC'; searched for 'New York'" in r.err


@pytest.mark.parametrize("query, answer", [
    ("orlen grid link kessa megawatts", "1,300 MW"),
    ("Which asst profesor at the Vask institute spoke about the grid link?", "Mira Tolen"),
    ("orlen republic month vask recognition", "March 1994"),
])
def test_a_word_written_short_or_of_its_family_finds_the_text(home, query, answer):
    r = search(home, query)
    assert r.code == 0, r.err
    assert answer in r.out.splitlines()[0]
    assert "no document mentions" not in r.err


def test_keywords_whose_english_words_no_text_holds_search_the_rest_and_say_so(home):
    r = search(home, "kovar radio interview slogan orlen vask complementary grids")
    assert r.code == 0, r.err
    assert "Ilan Kovar" in r.out.splitlines()[0]
    assert "no document writes 'slogan'; searched without it" in r.err


@pytest.mark.parametrize("query, word", [
    # keywords whose rest names no one passage: the absent word is their subject
    ("glacier power kessa", "glacier"),
    # a yes/no question asks about the word itself, however well the rest is written
    ("Did Ilan Kovar mention a slogan in his radio interview on the grid link?", "slogan"),
])
def test_an_absent_subject_in_keywords_or_a_yes_no_question_still_ends_the_search(home, query,
                                                                                    word):
    r = search(home, query)
    assert r.code == 1 and not r.out
    assert f"no document mentions {word!r}" in r.err
