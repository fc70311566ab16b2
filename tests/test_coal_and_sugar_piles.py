"""Session 54's development piles as a user would have them, on the bundled corpus: coal
(eval/pile176) and sugar (eval/pile177). Each test reads line 1 of plain output, as the user
does, for a question that was answered wrongly or not at all before:

- a place name two letters off the one a document writes ('Umrangshu' for 'Umrangso') is that
  place when the document holds the query's other rare words, a word of parts among them
  ('high-capacity'), not a subject no document mentions;
- keywords naming a deadline ask for a date ('strikers deadline for officials' -> 'until
  Saturday, November 10');
- 'Which highway ...?' is answered by the road a sentence names ('blocked the Chashma-Dera
  road');
- on session 53's press pile (eval/pile171), 'taken to which hospital' asks where, and the
  first paragraph naming the hospital answers ('a spokesman for the Aga Khan University
  Hospital'), in keywords as in a question; a court's 'ruling' is its 'decision' ('took the
  decision on 16 July');
- on the dust-storm pile (eval/pile170), keywords naming a speed ask for a figure ('wind speed'
  -> 'around 80 kilometres an hour');
- on the bundled five, a body asked for ('Which Italian company sponsors ...?') is answered by
  the sentence naming one after the word for its kind ('sponsored by Italian oil and gas company
  Eni'), as by one naming a person ('Placido Domingo's Operalia');
- a figure written as one word with its unit ('the 5,670-metre peak') answers how high a peak is
  (session 54's mountaineering pile, eval/pile175, after the freeze), and a turnout asked is a
  figure ('at 90.9 percent', the elections pile, eval/pile174);
- after `kzpk add`, the names an added item spells out before its initials ('Dubai Electricity
  and Water Authority (DEWA)') are known as a full build of the same files knows them."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import answer_of as answer, bundled_with_items, line1_of, pile_asker, run_kzpk


@pytest.fixture(scope="module")
def coal(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile176")


@pytest.fixture(scope="module")
def press(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile171")


@pytest.fixture(scope="module")
def dust(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile170")


@pytest.fixture(scope="module")
def sugar(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile177")


def test_a_place_two_letters_off_is_that_place_when_its_document_holds_the_rest(coal):
    line = coal("Umrangshu mine high-capacity pump flown in from where")
    assert "flown in from Nagpur" in answer(line)


def test_keywords_naming_a_deadline_ask_for_its_date(sugar):
    line = sugar("haft tappeh strikers deadline for officials")
    assert "Saturday, November 10" in answer(line)


def test_a_highway_asked_is_the_road_a_sentence_names(sugar):
    line = sugar("Which highway did sugarcane farmers in the Khyber Pakhtunkhwa district block "
                 "over late crushing?")
    assert "Chashma-Dera road" in answer(line)



DEWA = """---
title: Dubai's Hassyan plant now burns gas
date: "2022-02-15"
source: test
---
The Dubai Electricity and Water Authority (DEWA) said on Monday that the Hassyan power complex
no longer burns coal. DEWA holds 51 per cent of the Hassyan Energy Company.
"""


def _aliases(home):
    live = json.loads((home / "index" / "CURRENT").read_text())["generation"]
    return json.loads((home / "index" / live / "aliases.json").read_text(encoding="utf-8"))


def test_an_added_item_s_names_are_known_as_a_full_build_knows_them(real_home, tmp_path_factory):
    added = bundled_with_items(real_home, tmp_path_factory, "dewa", {"hassyan.md": DEWA})
    rebuilt = tmp_path_factory.mktemp("dewa-rebuilt") / "home"
    shutil.copytree(added, rebuilt)
    assert run_kzpk(rebuilt, "index", "--rebuild").code == 0
    assert "dewa" in _aliases(rebuilt)  # what a full build of the same files knows
    assert _aliases(added) == _aliases(rebuilt)




@pytest.mark.parametrize("query", [
    "To which hospital was Hamid Mir taken after the Karachi attack?",
    "Hamid Meer taken to which hospital after Karachi attack"])
def test_a_hospital_asked_is_the_one_a_paragraph_names(press, query):
    assert "Aga Khan University Hospital" in answer(press(query))


def test_a_courts_ruling_is_its_decision(press):
    assert "took the decision on 16 July" in answer(press("kloop supreme court ruling date"))


def test_keywords_naming_a_speed_ask_for_a_figure(dust):
    line = dust("nimroz sandstrom wind speed zaranj")
    assert "around 80 kilometres an hour" in answer(line)


def test_a_body_asked_is_answered_by_the_sentence_naming_one_not_a_person(real_home):
    line = line1_of(real_home)("Which Italian company sponsors the La Scala theatre's stop in "
                               "Astana?")
    assert "oil and gas company Eni" in answer(line)



def test_a_height_written_as_one_word_with_its_unit_answers_how_high(real_home, tmp_path_factory):
    # ('How high is ...?' gave the first paragraph naming the peak, with no height in it)
    line = pile_asker(real_home, tmp_path_factory, "pile175")("How high is Draupadi Ka Danda-II?")
    assert "the 5,670-metre peak" in answer(line)


@pytest.mark.parametrize("query", [
    "What was the turnout in East Kazakhstan in the first direct elections of rural akims?",
    "east kazakhstan rural akim election turnout"])
def test_a_turnout_asked_is_a_figure(real_home, tmp_path_factory, query):
    line = pile_asker(real_home, tmp_path_factory, "pile174")(query)
    assert "at 90.9 percent" in answer(line)
