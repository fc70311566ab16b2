"""What a question asks, read from its words: a film or a song released is an event a text
dates ('When was The Legend of Maula Jatt released worldwide?' asks when), a text released is
when it came out ('When was the report released?'); 'according to' names the source after the
main verb, never that verb."""

from __future__ import annotations

from kzpk.question import HOW_LONG, PUBLISHED, WHEN, WHERE, ask_of, main_verb


def test_a_film_released_is_an_event():
    assert ask_of("When was The Legend of Maula Jatt released worldwide?") == WHEN


def test_a_text_released_is_its_publication():
    assert ask_of("When was the annual report on press freedom released?") == PUBLISHED
    assert ask_of("When was the TDI article on the reforms published?") == PUBLISHED


def test_according_to_is_no_verb():
    assert main_verb("How many core roles does Pakistan's parliamentary services body have "
                     "according to its senior director general?") != "according"


def test_a_how_in_a_clause_asks_nothing():
    assert ask_of("Where is the Taliban office whose head said he did not know how long the "
                  "university ban would last?") == WHERE
    assert ask_of("For how long is a transit permit valid?") == HOW_LONG


def test_a_rate_per_year_asks_no_date():
    assert ask_of("russia budget funded scholarships foreigners per year") != WHEN
    assert ask_of("kazakhstan pakistan relations established year") == WHEN
