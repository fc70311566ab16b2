"""Session 57's development piles as a user would have them, on the bundled corpus: Caspian and
river shipping (eval/pile188) and fashion and clothing (eval/pile189). Each test reads line 1 of
plain output, as the user does, for a question that was answered wrongly before:

- a hyphenated name whose particle a text joins to the part before it, with its last part in
  another spelling ('Ishrat-ul-Ibad' for 'Ishratul Ebad'), is that name, said corrected;
- the place a "where" is asked within ('Where in Malaysia ...?') only describes it when no
  document names it and the rest of the question stands together;
- a count said after the thing counted ('Its crew of 32') counts it;
- a skyscraper is a tower, an eatery a restaurant, a partygoer a guest, an inhabitant one of a
  city's people, a round trip a voyage, where no document writes the question's word;
- a hedge before 'how many' ('Roughly how many ...?') still asks how many;
- keywords going on as a clause ('... when was it signed') ask when, and get the dated event
  first, on session 56's nuclear-power pile (eval/pile182);
- a CEO is a chief executive, as a text says it without 'officer'; a refund that keywords end
  on is a sum of money;
- after the freeze, on the held-out wind-power pile (eval/pile186): 'ppa' is a power purchase
  agreement."""

from __future__ import annotations

import pytest

from conftest import answer_of as answer, pile_asker


@pytest.fixture(scope="module")
def shipping(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile188")


@pytest.fixture(scope="module")
def wind(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile186")


@pytest.fixture(scope="module")
def nuclear(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile182")


@pytest.fixture(scope="module")
def fashion(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile189")


def test_a_hyphenated_name_in_another_spelling_is_the_name(shipping):
    line = shipping("Ishrat-ul-Ibad Suez ransom campaign")
    assert "Dr Ishratul Ebad" in answer(line)


def test_a_country_a_where_is_asked_within_only_describes(fashion):
    line = fashion("Where in Malaysia did Khaadi open a store in November 2013?")
    assert "the Pavilion in Kuala Lumpur" in answer(line)


def test_a_count_after_the_thing_counted_counts_it(shipping):
    line = shipping("How many crew members were aboard the Sanchi?")
    assert "Its crew of 32" in answer(line)


def test_a_skyscraper_is_a_tower_and_a_partygoer_a_guest(shipping):
    line = shipping("Which skyscraper project were the partygoers celebrating when their boat "
                    "went over?")
    assert "the Bahrain World Trade Centre" in answer(line)


def test_an_eatery_is_a_restaurant(fashion):
    line = fashion("Which eatery did the Uzbek president's daughter turn to after being dropped "
                   "from the tents?")
    assert "Cipriani, the restaurant" in answer(line)


def test_inhabitants_are_a_citys_people(fashion):
    line = fashion("how many inhabitants does herat have")
    assert "city of about 600,000 people" in answer(line)


def test_a_round_trip_is_a_voyage(shipping):
    line = shipping("How many round trips to Azerbaijan did the two Turkmen roll-on passenger "
                    "ships make between January and May?")
    assert "made 70 shuttle voyages" in answer(line)


def test_a_hedge_before_how_many_still_asks_how_many(fashion):
    line = fashion("Roughly how many inhabitants does herat have?")
    assert "city of about 600,000 people" in answer(line)


def test_a_ceo_is_a_chief_executive(fashion):
    line = fashion("visa fashion week almaty ceo")
    assert "Bauyrzhan Shadibekov, the chief executive" in answer(line)


def test_a_refund_keywords_ask_for_is_a_sum_of_money(fashion):
    line = fashion("guli show lincoln center rental refund")
    assert line.startswith("1. [extracted fact] $30,000 ")


def test_ppa_is_a_power_purchase_agreement(wind):
    line = wind("nukus wind project company ppa signatory")
    assert "ACWA Power Wind Karatau FE LLC" in answer(line)


def test_keywords_going_on_when_was_it_ask_when(nuclear):
    line = nuclear("kazatomprom npcil memorandum when was it signed")
    assert line.startswith("1. [extracted event] 2009-01 (January 2009): ")
