"""Which paragraph of a user's news item, and which words of it, line 1 shows for a question
whose subject every paragraph shares: for "where", a place the question does not name (a month
or a weekday is no place; a venue whose name opens on a word the question says, "Governor's
House", is one); for "who" asked of a post, the person the first paragraph names in it though
the question gives the post's place ('Governor Sindh Kamran Tessori' for 'the Governor of
Sindh'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

TRADERS = """\
---
title: Uzbek traders call on Balochistan Governor
date: 2024-05-03
---
QUETTA, May 3 – A group of Uzbek traders led by the Consul General of Uzbekistan, Rustam Nazarov, called on Governor Balochistan Ali Jan Mandokhail at Governor's House here on Friday.

The governor said the province wanted fruit and mineral exports to Tashkent and asked the traders to set up a joint chamber.

The consul general and the Uzbek traders had last met the Balochistan governor in October 2023, at the end of a three-day visit to Quetta.
"""

CEREMONY = """\
---
title: Governor Sindh marks Uzbekistan's Independence Day at Arts Council
date: 2024-09-02
---
KARACHI: Governor Sindh Kamran Nadeem Tessori has conveyed warm greetings to the people of Uzbekistan on the 33rd Independence Day of their country.

Speaking on Monday at a ceremony held in the Arts Council auditorium to mark the day, the governor called Uzbekistan a steady friend and said its economy had grown fast.

Guests included diplomats, honorary consuls and officials of the provincial government, and Uzbek artists gave cultural performances.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "answer-kind",
                       {"traders.md": TRADERS, "ceremony.md": CEREMONY})


def test_a_month_is_no_place_and_a_venue_named_after_the_host_is_one(ask):
    # the third paragraph says 'in October 2023' and 'to Quetta' (which the question names);
    # the first says where they met: "at Governor's House", though 'governor' is asked
    line = ask("Where did the Uzbek traders meet the Balochistan governor in Quetta?")
    assert "Governor's House" in line, line


def test_the_post_holder_is_named_past_the_place_the_question_gives(ask):
    # the paragraph that tells of the speech says 'the governor'; the first names him after
    # 'Governor Sindh', and 'Sindh' is a word of the question
    line = ask("Who was the Governor of Sindh who spoke at Uzbekistan's Independence Day "
               "ceremony in Karachi?")
    assert "Kamran Nadeem Tessori" in line, line


RELIEF = """\
---
title: Uzbekistan sends more earthquake relief to Pakistan
date: 2024-09-03
---
TASHKENT, Sep 3 – The Government of Uzbekistan has decided to give Pakistan further help with the damage left by last year's earthquake, officials said.

The new package amounts to 300 thousand US dollars and is meant to ease the after-effects of the 2023 earthquake, which killed many people and wrecked roads, schools and homes.

Background: the quake struck the northern districts in March 2023. By the figures of the provincial disaster authority, over 2 million people were affected and more than 200,000 homes were damaged.
"""


@pytest.fixture(scope="module")
def relief(tmp_path_factory):
    return items_asker(tmp_path_factory, "relief", {"relief.md": RELIEF})


def test_a_count_of_the_people_asked_not_of_dollars_answers(relief):
    # the second paragraph holds most of the question's words and '300 thousand US dollars':
    # a count of dollars ('US' is no word 'us'), not of people; the third paragraph counts them
    line = relief("How many people did the 2023 earthquake touch, by the count given with "
                  "the new Uzbek relief package?")
    assert "2 million people" in line, line
