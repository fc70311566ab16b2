"""Session 52's development piles as a user would have them, on the bundled corpus: urban buses
and metros (eval/pile168) and zoos and wildlife (eval/pile169). Each test reads line 1 of plain
output, as the user does, for a question that was answered wrongly or not at all before:

- a money figure written with its country ('a trophy fee of 110,000 US dollars') is money;
- a length in inches ('horns measuring 41 inches') answers a length asked;
- a news item's first paragraph giving the answer beats a later one that only names the subject
  the first tells of unnamed ('An American hunter ...' / 'The hunter, Bryan Kinsel Harlan');
- 'On what day ...?' searches no 'day' ('within a day of being called off');
- where a thing was made, said as an adjective no document writes ('German-designed'), only
  describes it;
- an acronym written once, in a long paragraph, still finds its item ('MCC')."""

from __future__ import annotations

import pytest

from conftest import answer_of as answer, pile_asker


@pytest.fixture(scope="module")
def transit(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile168")


@pytest.fixture(scope="module")
def wildlife(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile169")


def test_a_fee_in_us_dollars_in_the_first_paragraph_answers_how_much_he_paid(wildlife):
    line = wildlife("How much did Bryan Kinsel Harlan pay for his markhor hunting permit?")
    assert "110,000 US dollars" in answer(line)


def test_a_length_in_inches_answers_a_length_asked(wildlife):
    line = wildlife("sassi harmosh markhor trophy horn length")
    assert "horns measuring 41 inches" in answer(line)


def test_on_what_day_searches_no_day(transit):
    line = transit("On what day did Mumbai's first metro line open to the public?")
    assert "opened to passengers on Sunday, 8 June" in answer(line)


def test_where_a_thing_was_made_only_describes_it(transit):
    line = transit("What model of German-designed, Russian-assembled electric train serves the "
                   "circular rail route that began taking riders on the capital's City Day?")
    assert "Lastochka electric trains" in answer(line)


def test_an_acronym_written_once_in_a_long_paragraph_finds_its_item(transit):
    line = transit("MCC full loop journey time")
    assert "1 hour 24 minutes" in answer(line)
