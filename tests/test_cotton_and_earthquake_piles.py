"""Session 53's development piles as a user would have them, on the bundled corpus: cotton
(eval/pile172) and earthquakes (eval/pile173). Each test reads line 1 of plain output, as the
user does, for a question that was answered wrongly or not at all before:

- an acronym of a name that opens with a country's two letters ('usgs': the US Geological
  Survey) is searched as that name, not reported as in no document;
- who held a post is told as of the item's date, whatever other year the sentence states ('...
  in 2021 ..., Atul Ganatra, president of the Cotton Association of India, said last week');
- everyday words for a technical thing ('trickle watering' for 'drip irrigation');
- and, on other piles and the bundled five: the size of a body of people asked as 'How large'
  is a count of them ('attended by 45 participants'); 'the treaty base' said as diplomats
  translate it ('contractual and legal framework'); 'What does BTPL stand for?' answered by the
  name written before it in brackets; 'petrol pumps' counted as 'filling stations'; the verb
  of 'How many families will benefit from ...?' is 'benefit'."""

from __future__ import annotations

import pytest

from conftest import answer_of as answer, line1_of, pile_asker


@pytest.fixture(scope="module")
def cotton(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile172")


@pytest.fixture(scope="module")
def quakes(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile173")


@pytest.fixture(scope="module")
def petrol(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile162")


def test_an_acronym_opening_on_a_countrys_two_letters_is_searched_as_its_name(quakes):
    line = quakes("saravan khash quake usgs depth km")
    assert "a depth of 82 km" in answer(line)


def test_who_held_a_post_is_told_as_of_the_items_date(cotton):
    line = cotton("cotton association of india president 2022")
    assert "Atul Ganatra" in answer(line)


def test_everyday_words_find_the_technical_ones(cotton):
    line = cotton("How many hectares of Kazakh cotton got trickle watering systems last season?")
    assert "50,000 hectares fitted with drip irrigation" in answer(line)


def test_the_size_of_an_audience_is_a_count_of_its_people(real_home):
    line = line1_of(real_home)("How large was the audience of the online roundtable marking "
                               "three decades of Kazakh–Pakistani ties?")
    assert "45 participants" in line


def test_the_treaty_base_is_the_contractual_and_legal_framework(real_home):
    line = line1_of(real_home)("How many agreements make up the treaty base between Kazakhstan "
                               "and Pakistan?")
    assert "35 documents" in line


def test_what_an_acronym_stands_for_is_the_name_before_it_in_brackets(petrol):
    line = petrol("what does BTPL stand for byco")
    assert "Byco Terminals Pakistan Ltd (BTPL)" in answer(line)


def test_petrol_pumps_are_counted_as_filling_stations(petrol):
    line = petrol("how many petrol pumps in lahore belong to pakistan state oil")
    assert "119 of them belong to PSO" in answer(line)


def test_the_verb_after_the_subject_and_its_auxiliary_is_the_question_verb():
    from kzpk.question import main_verb

    assert main_verb("How many families will benefit from the life insurance scheme?") \
        == "benefit"
    assert main_verb("When did trade between Kazakhstan and Pakistan reach $1 billion?") \
        == "reach"


# after the freeze, from this session's held-out pile on the press (eval/pile171), measured once


@pytest.fixture(scope="module")
def press(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile171")


def test_a_maximum_sentence_asked_in_keywords_is_a_term_of_years(press):
    line = press("gershkovich espionage maximum sentence")
    assert "up to 20 years in prison" in answer(line)
