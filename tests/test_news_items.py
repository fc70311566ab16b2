"""A user's news item names its subject once, early; the paragraph that answers goes on about it
without naming it again (issue 13). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FORUM = """\
---
title: Leaders gather in the capital
date: 2022-10-13
---
ASTANA: The prime minister spoke on Thursday at the sixth summit of the Conference on Interaction and Confidence-Building Measures in Asia (CICA).

Pakistan is one of the founding members of the forum, which now has 27 member states.

A dinner for the visiting leaders followed.
"""

DECLARATION = """\
---
title: Security declaration adopted
date: 2021-05-01
---
The CICA member states adopted a declaration on regional security.
"""

RADIO = """\
---
title: Envoy says commerce must catch up
date: 2021-10-01
---
ISLAMABAD: Ambassador Yerzhan Kistafin told the state broadcaster in an interview that political ties now had to show up in commerce.

Bilateral trade came to $45 million last year, he said.

Kazakhstan is the largest landlocked country in the world.
"""

# forty-five paragraphs that hold more of the words of the question below than the answer does,
# so that the search's first forty hits do not reach it
CHATTER = "---\ntitle: Weekly culture notes\ndate: 2021-09-01\n---\n" + "\n\n".join(
    f"Note {i}: Ambassador Kistafin gave an interview on culture, music and trade, part {i}."
    for i in range(1, 46)) + "\n"


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "news",
                       {"forum.md": FORUM, "declaration.md": DECLARATION,
                        "recognised.md": RECOGNISED, "day.md": RECOGNITION_DAY,
                        "summit.md": SUMMIT, "chamber.md": CHAMBER, "fair.md": FAIR,
                        "quetta.md": QUETTA, "poems.md": POEMS, "charter.md": CHARTER,
                        "radio.md": RADIO, "chatter.md": CHATTER})


def test_a_paragraph_is_read_with_the_words_its_first_paragraph_names(ask):
    # '27 member states' never says CICA; its item's first paragraph does (another item's sentence
    # says all the words but no number)
    assert "27 member states" in ask("How many member states does CICA have?")


def test_the_answer_may_stand_in_the_paragraph_after_the_best_one(ask):
    # the first paragraph names the envoy, the broadcaster and the interview but gives no figure;
    # the next one gives it, though forty-five notes hold more of the words than it does
    assert "$45 million" in ask("Kistafin broadcaster interview trade volume")



RECOGNISED = """\
---
title: Independence recalled
date: 2021-12-16
---
Pakistan recognised Kazakhstan as an independent state in December 1991, the envoy recalled.
"""

RECOGNITION_DAY = """\
---
title: Thirty years of ties
date: 2021-12-20
---
Pakistan recognised Kazakhstan on 20 December 1991, four days after it declared independence.
"""


def test_what_date_asks_for_the_day_not_the_month(ask):
    # the item naming only the month holds every word of the question; the day is asked
    line = ask("On what date did Pakistan recognise Kazakhstan as an independent state?")
    assert "20 December 1991" in line


SUMMIT = """\
---
title: Leaders meet in Astana
date: 2024-07-04
---
ASTANA: The prime minister joined the leaders gathered in the Kazakh capital on Thursday for the summit of the Shanghai Cooperation Organization (SCO).

The summit is taking place at the Independence Palace.
"""


def test_the_kazakh_capital_is_no_place_answering_where(ask):
    # 'in the Kazakh capital' describes the city the question names; the venue is the answer
    assert "Independence Palace" in ask("Where was the SCO summit held in Astana?")


CHAMBER = """\
---
title: Envoys tour the chamber
date: 2023-03-10
---
MULTAN: The ambassadors of Uzbekistan and Tajikistan visited the Multan Chamber of Commerce and Industry (MCCI) on Thursday and, with its president, toured a trade fair.

MCCI President Rana Tariq welcomed the visit and said the chamber wanted direct links with Central Asian buyers.

Meeting Uzbek Ambassador Alisher Sodikov, the president said mango growers were ready to ship by rail.
"""


def test_who_holds_the_role_not_who_stands_beside_its_body(ask):
    # the first paragraph names the chamber beside 'its president' and holds more of the words;
    # the person holding the role asked ('MCCI president') is named in the second. The body
    # qualifying a role ('MCCI') is no role, and 'when ...' starts a clause, not a role.
    line = ask("Who was the MCCI president when the ambassadors visited?")
    assert "Rana Tariq" in line


def test_which_with_a_role_asks_who(ask):
    # 'Which Uzbek ambassador ...?' asks for a person, as 'Who ...?' does: the paragraph naming
    # one beside the role beats the first paragraph, which names the ambassadors' countries
    line = ask("Which Uzbek ambassador did the MCCI president meet in Multan?")
    assert "Alisher Sodikov" in line


FAIR = """\
---
title: Chamber members court Central Asian buyers
date: 2023-03-11
---
MULTAN: Member firms of the Multan chamber met Central Asian buyers at a fair on Friday, hoping their fruit would fetch more in Almaty.

Seventeen of them took stalls, most of them exporters of mangoes and cotton yarn.

Their fruit is said to fetch some forty per cent more in Almaty than at home.
"""


def test_a_count_in_words_answers_how_many(ask):
    # 'Seventeen' is a count as '17' is (thirteen to nineteen had been left out), and the
    # paragraph after the one naming the subject gives it
    line = ask("How many member firms took stalls at the Multan fair?")
    assert "Seventeen of them took stalls" in line


QUETTA = """\
---
title: Kazakh fruit buyers in Quetta
date: 2023-04-03
---
QUETTA: A Kazakh trade delegation led by a deputy minister arrived in Quetta on Monday for talks on fruit exports. The delegation was welcomed by Shakil Qadir, head of the Balochistan fruit board.

Deputy Trade Minister Aidar Bekov said fruit from the province could reach Almaty by rail within a week.
"""


def test_a_keyword_query_naming_a_role_asks_for_whoever_holds_it(ask):
    # 'minister' in a keyword query is the role asked for: the first paragraph holds more of the
    # words and names someone, but not the minister
    line = ask("kazakh trade delegation minister quetta fruit")
    assert "Aidar Bekov" in line


POEMS = """\
---
title: Abai in Urdu
date: 2023-06-05
---
ISLAMABAD: The Kazakh embassy presented Urdu translations of poems by Abai Kunanbayev at a ceremony held with the Pakistan Academy of Letters on Monday.

The embassy commissioned the translations and carried them out together with the Punjab Institute of Languages (PIL) in Lahore.
"""


def test_which_body_asks_for_a_body_and_names_no_one_for_the_embassy(ask):
    # 'Which Pakistani institute' asks for a body (named with its acronym), not for a title
    # someone holds; 'the embassy' is no title, so line 1 names no one in its place
    line = ask("Which Pakistani institute worked with the Kazakh embassy on the Abai translations?")
    assert "Punjab Institute of Languages" in line
    assert "named in" not in line


CHARTER = """\
---
title: President reaches Almaty
date: 2002-06-03
---
ALMATY: The president's party reached the city late on Monday after a long day of travel from Dushanbe, where talks had run over.

Musharraf flew to the first CICA summit on a chartered aircraft, as no airline links the two countries directly.
"""


def test_a_users_paragraph_that_answers_beats_a_record_that_only_names_the_subject(ask):
    # the curated event 'First CICA summit' (Musharraf) holds the subject's words in its boosted
    # title and names; the user's paragraph holds them too and says what was asked
    line = ask("What aircraft did Musharraf take to the first CICA summit?")
    assert "chartered aircraft" in line


def test_a_figure_in_words_answers_how_much(ask):
    # 'forty per cent' is an amount as '40 percent' is
    line = ask("How much more does Multan fruit fetch in Almaty?")
    assert "forty per cent" in line
