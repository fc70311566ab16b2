"""A country or a city by another of its names ('Holland' for the Netherlands, 'Burma' for Myanmar,
'Mysore' for Mysuru) is searched as the name a text writes, and said. A word in the other of British and American spelling finds the text that spells it the other
way, beyond -ise/-ize, -our/-or and -tre/-ter: 'jewelry' finds 'jewellery', 'neighborhood'
'neighbourhood', 'traveled' 'travelled'; and no such word is taken for a subject no document
mentions."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, line1_of, make_home, run_kzpk
from kzpk.question import other_spelling

BAZAAR = """\
PESHAWAR, Oct 4, 2015 (Frontier Trade Wire) - Traders at the Qissa Khwani jewellery market said on Sunday that sales of silver jewellery had fallen by 30 percent since the summer, as fewer visitors travelled from Kabul.

The market, in the old neighbourhood of Andar Shehr, has some 400 shops.
"""

RUBIES = """\
HUNZA, May 2, 2019 (Karakoram Wire) - A buyer from the Netherlands paid $12,000 for a rough ruby from the Chumar Bakhoor mine, the largest sale of the Hunza gem fair, organisers said.
"""


def test_the_other_spellings():
    assert [other_spelling(w) for w in ("jewelry", "neighbourhood", "traveled", "favourite",
                                        "programme", "cancelling")] == \
        ["jewellery", "neighborhood", "travelled", "favorite", "program", "canceling"]
    # (and none for words with no other spelling)
    assert [other_spelling(w) for w in ("feeling", "spelled", "filled", "tourism")] == \
        [None] * 4


@pytest.fixture(scope="module")
def spelled(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("spelling")
    home = copy_home(real_home, root / "home")
    return add_items(home, root, {"bazaar.txt": BAZAAR, "rubies.txt": RUBIES})


@pytest.fixture(scope="module")
def ask(spelled):
    return line1_of(spelled)


def test_american_jewelry_finds_british_jewellery(spelled):
    r = run_kzpk(spelled, "search", "How much did silver jewelry sales fall at the Qissa Khwani "
                 "market?", "--format", "plain", "--limit", "1")
    assert "30 percent" in r.out.splitlines()[0].rsplit(" — ", 1)[0]
    assert "jewelry" not in r.err  # searched as the text spells it, not dropped as unwritten


def test_american_neighborhood_finds_british_neighbourhood(ask):
    line = ask("In which neighborhood is the Qissa Khwani jewelry market?")
    assert "Andar Shehr" in line.rsplit(" — ", 1)[0]


def test_a_country_by_another_name_is_searched_as_written(spelled):
    r = run_kzpk(spelled, "search", "How much did the buyer from Holland pay for the Hunza ruby?",
                 "--format", "plain", "--limit", "1")
    assert "$12,000" in r.out.splitlines()[0].rsplit(" — ", 1)[0]
    assert "no document writes 'Holland'; searched for 'Netherlands'" in r.err


TIGERS = """\
MYSURU, April 9, 2023 (Deccan Wildlife Wire) - At the Mysuru event the prime minister launched the Grand Cat Compact, a grouping of the countries where the big cats live.
"""


def test_a_city_by_its_older_english_name_is_searched_as_written(tmp_path_factory):
    # 'Mysore' is the older English name of Mysuru, which the item writes
    root = tmp_path_factory.mktemp("older_name")
    home = add_items(make_home(root / "home"), root, {"tigers.txt": TIGERS})
    r = run_kzpk(home, "search", "What did the prime minister launch at the Mysore event?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0 and "Grand Cat Compact" in r.out.splitlines()[0]
    assert "no document writes 'Mysore'; searched for 'Mysuru'" in r.err
