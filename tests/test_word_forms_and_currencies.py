"""Line 1 of plain output, as a user reads it, for seven small slips of reading:

- a verb the question says in its base form stands in a text with '-ing' ('share borders' ->
  'sharing borders'), and the words of a document's title, which name the document and not a
  sentence of it ('... according to the paper on the current state of bilateral relations'),
  weigh half in choosing which part of a long passage line 1 shows;
- but a light verb gets no '-ing' form ('Which organisations make up ...?' is not answered by
  'the supreme decision-making body');
- a sum in a currency of the region after its figure ('9,500 somoni') is an amount, which a
  "how much" question asks for;
- a people in the plural ('the Australians') is its country ('Australia'), no subject no document
  mentions;
- 'neither' frames a question and names no subject;
- a person's noun in -ian that no document writes is searched as the thing in -y they work at
  ('librarian' -> 'library');
- a misspelt word a letter from two known words is read as the one the commonest slip makes (a
  vowel left out: 'ownr' -> 'owner', not the commoner 'own'), and as the documents write it
  closest to the slip ('owner', not 'owners'), whichever document came first."""

from __future__ import annotations

import pytest

from conftest import REPO, add_items, bundled_with_items, copy_home, line1_of, run_kzpk

FINE = """\
KHUJAND, Oct 3 (Sughd Wire) - A court in Khujand has ruled against Rustam Qodirov, a former deputy mayor, over the wedding he threw for his daughter in the spring.

Qodirov was fined because the banquet before the wedding broke the rules on family celebrations, the court said, after inspectors counted more than 300 guests in a hall outside the city.

Judge Firuza Aminova ordered Qodirov to pay 9,500 somoni within a month. He has said he will appeal.
"""

LIBRARY = """\
ALMATY, Sept 9 (Steppe Wire) - The National Library of Kazakhstan has a new director: the culture ministry on Monday named Aigerim Sultanova to run it, after her predecessor retired in the summer.
"""

BANDY = """\
---
title: Kazakhstan lose the Almaty bandy final
date: 2023-02-12
source: Steppe Sport Notes
---
# Kazakhstan lose the Almaty bandy final

The final of the winter bandy cup was played at the Medeu rink in Almaty on Sunday, against the touring side from Australia. The visitors won 4-2, their captain Liam Carter scoring twice in the second half.

The Medeu ice was cut on Saturday night by the rink's own crew with the only resurfacing machine in the city, said the rink's owner, Dana Sadykova.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "forms",
                                       {"fine.txt": FINE, "bandy.md": BANDY,
                                        "library.txt": LIBRARY}))


def test_a_verb_in_ing_and_the_title_words_at_half(real_home):
    line = line1_of(real_home)(
        "With which key countries does Kazakhstan share borders, says the paper on the current "
        "state of bilateral relations?")
    assert "sharing borders with key countries such as Russia and China" in line


def test_a_light_verb_has_no_ing_form_added(real_home):
    line = line1_of(real_home)("Which organisations make up the joint business council?")
    assert "Federation of Pakistan Chambers of Commerce" in line.split(" — ")[0]


def test_a_sum_in_somoni_answers_how_much(ask):
    line = ask("How much was Qodirov fined over the banquet?")
    assert "9,500 somoni" in line.split(" — ")[0]


def test_a_people_in_the_plural_is_its_country(ask):
    line = ask("Who captained the Australians in the Almaty bandy final?")
    assert "Liam Carter" in line.split(" — ")[0]


def test_neither_names_no_subject(ask):
    line = ask("Which side was neither Kazakh nor local in the Almaty bandy final?")
    assert "touring side from Australia" in line.split(" — ")[0]


def test_a_librarian_works_at_a_library(ask):
    line = ask("Who is the new chief librarian in Almaty?")
    assert "Aigerim Sultanova" in line.split(" — ")[0]


def test_a_vowel_left_out_is_the_likelier_slip(real_home, tmp_path):
    home = copy_home(real_home, tmp_path / "home")
    add_items(home, tmp_path, {"bandy.md": BANDY})
    r = run_kzpk(home, "search", "medeu rink ownr", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "'medeu rink owner'" in r.err
    assert "Dana Sadykova" in r.out.splitlines()[0]


def test_the_form_closest_to_the_slip_whichever_document_comes_first(real_home, tmp_path):
    # two items of the development pile 85, added in this order: the first writes 'owners', the
    # second 'owner': 'ownr' is read as 'owner', not offered as 'owners'
    home = copy_home(real_home, tmp_path / "home")
    for name in ("psl-first-five-franchises-sold-2015.md",
                 "psl-hyderabad-sialkot-franchise-auction.txt"):
        r = run_kzpk(home, "add", str(REPO / "eval" / "pile85" / "docs" / name))
        assert r.code == 0, r.err
    r = run_kzpk(home, "search", "who is the multan sultans ownr who left the auction", "--format",
                 "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Ali Tareen" in r.out.splitlines()[0]
