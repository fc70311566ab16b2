"""Names and places a user writes otherwise than a document, and answers a question words
otherwise: what the user sees (line 1, stderr, exit code).

- a long name in another romanisation ('Qaraghandy' for 'Karaganda': a vowel apart once 'q'
  and 'gh' are read as 'k' and 'g'; 'Kustanai' for 'Kostanai'; 'Vishakhapatnam' for
  'Visakhapatnam') is searched as the name the documents write, and said so; a name a letter
  shorter once romanised ('Karachay') is another name: offered, exit 1;
- a region named to describe a state ('the blockaded Gulf emirate', 'Gulf kingdom money') that no
  document names is searched without it, and said so;
- 'Where is X in relation to Y?' is answered by the sentence saying how far and which way X lies
  from Y, though it names Y;
- a thing the question names by its number ('well No. 12') is not answered by a paragraph on
  another so numbered ('well No. 21');
- the news's other words: 'wounded' for 'injured', 'smartphone application' for 'mobile app', the
  Kremlin for Russia, Muscovites for Moscow."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, run_kzpk

STEPPE = """\
---
title: Sheep farm outbreak contained near Karaganda
date: 2025-03-04
---
KARAGANDA: Veterinary inspectors in Karaganda region said a regional laboratory had confirmed Brucella melitensis in milk samples from a sheep farm near Shakhtinsk.

The Kostanai breed of horse, bred on the Amanat stud, now numbers fewer than 300 mares, the stud's owner Serik Dauletov said.

A ship from the port in Karachi brought the vaccines. Far away, a chemical leak near Visakhapatnam district shut the Rayavaram pharmaceutical park for two days.

A cargo flight carried 400 dairy goats into Qatar from the steppe last month at a cost of about $2 million, the importer said.
"""

MINE = """\
---
title: Shaft collapse at Zarand mine; well No. 12 reopens
date: 2025-05-10
---
Nine miners were hurt when a shaft partly collapsed at the Zarand coal mine in Iran, the provincial crisis office said on Saturday.

Zarand lies some 75 km north-west of Kerman, in a district rich in coking coal.

Work at well No. 21 of the Zarand mine was halted the same day; its contractor, Kavir Drilling, had been working on the ventilation there.

At well No. 12 the contractor Tehran Airways Engineering resumed work on Sunday.

Russia's government said it would send mine rescue experts if asked.

A new mobile app, Madan Alert, will send miners warnings of methane build-up.

Lamps for the rescue teams come from a factory in Moscow that had made 4,000 of them by May.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    # (the bundled five beside them: a question's rarer words are rare among many texts)
    root = tmp_path_factory.mktemp("otherwise")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"steppe.md": STEPPE, "mine.md": MINE})
    return home


def search(home, query):
    return run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")


def line1(r) -> str:
    assert r.code == 0, r.err
    return r.out.splitlines()[0].rsplit(" — ", 1)[0]


@pytest.mark.parametrize("query, answer, written", [
    ("Which bacterium did the Qaraghandy laboratory confirm in the milk?", "Brucella melitensis",
     "Karaganda"),
    ("How many mares of the Kustanai breed are left at the Amanat stud?", "fewer than 300 mares",
     "Kostanai"),
    ("Which park near Vishakhapatnam was shut by the leak?", "Rayavaram", "Visakhapatnam"),
])
def test_a_long_name_romanised_otherwise_is_searched_as_written(home, query, answer, written):
    r = search(home, query)
    assert answer in line1(r)
    assert written in r.err  # said, never silently substituted


def test_a_name_a_letter_shorter_once_romanised_is_only_offered(home):
    r = search(home, "Karachay sheep farm outbreak")
    assert r.code == 1, r.out
    assert "no document mentions 'Karachay'" in r.err


@pytest.mark.parametrize("query", [
    "How much did it cost to carry the dairy goats by cargo flight to the wealthy Gulf?",
    "What did the cargo flight carrying dairy goats to a Gulf kingdom cost?",
])
def test_a_region_describing_a_state_is_searched_without_it(home, query):
    r = search(home, query)
    assert "$2 million" in line1(r)
    assert "no document writes" in r.err and "'Gulf'" in r.err and "searched without" in r.err


def test_where_is_answered_by_how_far_and_which_way(home):
    assert "75 km north-west of Kerman" in line1(search(home, "Where is Zarand in relation to Kerman?"))


def test_a_numbered_thing_is_not_answered_by_another_so_numbered(home):
    line = line1(search(home, "Which drilling contractor was working at well No. 12?"))
    assert "Tehran Airways Engineering" in line and "No. 21" not in line


@pytest.mark.parametrize("query, answer", [
    ("How many miners were wounded at Zarand?", "Nine miners were hurt"),
    ("Which smartphone application will warn miners of methane?", "Madan Alert"),
])
def test_the_news_other_words_find_the_answer(home, query, answer):
    r = search(home, query)
    assert answer in line1(r)
    assert "no document" not in r.err  # understood, not searched without it


def test_the_kremlin_is_searched_as_russia_and_said_so(home):
    r = search(home, "What did the Kremlin offer after the Zarand collapse?")
    assert "mine rescue experts" in line1(r)
    assert "searched for 'Russia'" in r.err


def test_a_citys_people_are_searched_as_the_city_and_said_so(home):
    # 'Muscovites' is a word no document writes: the city whose people it names
    r = search(home, "How many lamps did Muscovites make for the Zarand rescue teams?")
    assert "4,000 of them" in line1(r)
    assert "searched for 'Moscow'" in r.err


def test_a_long_word_with_its_last_letter_left_out_in_a_title_is_a_slip(home):
    # ('Investmen' is no name of its own: said corrected, and answered)
    r = search(home, "Which Vice-Minister of Investmen and Development came to the 25th anniversary event?")
    assert "Oshakbayev" in line1(r)
    assert "Investment and Development" in r.err
