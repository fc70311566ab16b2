"""Initials a query writes for a name of two capitalised words that no document abbreviates
('KP' for Khyber Pakhtunkhwa, 'SC' for the Supreme Court), for a title ('CJ', a Chief Justice) or
for a term of small words joined by hyphens ('BOO', build-own-operate) find it written out, and
say so; two words inside a longer name ('Civil Aviation' of 'Pakistan Civil Aviation Authority')
are no such name. Line 1 of plain output and stderr, as the user reads them."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, search_plain

FOREST = """\
PESHAWAR, Aug 24 (Test Wire) - The forest department of Khyber Pakhtunkhwa has planted 40 million saplings this year, its project director, Gul Zaman, said on Thursday.

The Pakistan Civil Aviation Authority said flights to Chitral would resume next week.

A bench of the Peshawar High Court headed by Chief Justice Qaiser Rashid later suspended the felling permits.

The new sawmill at Mingora will be run on a build-own-operate basis by Swat Timber Works for 20 years.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("two_word_initials")
    return add_items(make_home(root / "home"), root, {"forest.txt": FOREST})


def test_two_letters_find_a_two_word_name(home):
    code, line, err = search_plain(home, "KP forest department project director")
    assert code == 0, err
    assert "Gul Zaman" in line
    assert "Khyber Pakhtunkhwa" in err


def test_a_title_of_two_words_too(home):
    # ('CJ': a chief justice holds his title as a chief minister does)
    code, line, err = search_plain(home, "which CJ suspended the felling permits")
    assert code == 0, err
    assert "Qaiser Rashid" in line and "Chief Justice" in err


def test_small_words_joined_by_hyphens(home):
    # ('BOO': a term of three small words written with hyphens, 'build-own-operate')
    code, line, err = search_plain(home, "who runs the Mingora sawmill under a BOO deal")
    assert code == 0, err
    assert "Swat Timber Works" in line and "build-own-operate" in err


def test_two_words_of_a_longer_name_are_no_name(home):
    code, _, err = search_plain(home, "CA flights to Chitral")
    assert code == 1 and "no document mentions 'CA'" in err
