"""What a question asks, in words other than the text's (session 9): a numbered thing in any
of its forms ('session one' = 'Working Session I', 'the second panel' = 'Working Session II'),
the size of an audience as its count, a person's post as the title held, a verb for the same
act ('scrap' = 'abolish'), what kind of a thing ('a balanced policy'), a question's framing
word ('What feature ...?'), a year that names a thing ('the 2026 fair' = 'Silk Fair 2026'),
and what a meeting adopted (a document's name). Each test reads line 1 of plain output.

One home, of a source and records written for these tests (not taken from any document).
"""

from __future__ import annotations

import pytest

from conftest import line1_of, make_home

SOURCE = """\
---
id: steppe-forum
title: Steppe Forum on Trade and Transit
date: "2024-04-10"
kind: news
---
Steppe Forum on Trade and Transit

The Steppe Forum on Trade and Transit was held in Almaty by the Centre for Caspian Studies.

Working Session I, on transit corridors, was moderated by Dr. Aigerim Sadykova, Director of Research at the Centre for Caspian Studies.

Working Session II of the Steppe Forum, on trade finance, was chaired by Dr. Farhan Qureshi of the Indus Trade Institute, who thanked every moderator of the Steppe Forum conference.

Heads of think tanks and trade bodies from Almaty attended the transit forum, where the chair of every panel was thanked at the close of the Almaty transit forum.

The forum was streamed online, one session a day, and was attended by 120 participants from eight countries.

Dr. Aigerim Sadykova shared her views on the transit forum with the audience and thanked the two host cities.

The new criminal code abolished the death penalty for economic crimes, the speakers recalled.

The new code was presented by the minister as the start of a long process of reform of the code.

Dr. Farhan Qureshi said that Pakistan has a balanced transit policy in the region.

The forum was attended by Dr. Farhan Qureshi of Pakistan, by guests from Pakistan and by the Transit Policy Institute of Pakistan, whose papers on policy Pakistan follows.

Dr. Aigerim Sadykova stated that the main purpose of the Centre for Caspian Studies is to serve members of the forum with research.

Kazakhstan is landlocked, which makes close ties with its neighbours necessary for its trade.

A feature article on the forum says Kazakhstan works closely with all its neighbours.

President Nurlan Abenov attended the first Steppe Summit in Almaty on 5 May 2003 with the leaders of nine states.

According to the results of the summit, the Almaty Charter on Grain Security was signed.

On 2 May 2019, Pakistan supported the bid of Almaty to host Silk Fair 2026.

Silk Fair 2026 will be held in Almaty from 1 June to 30 June 2026, and Almaty will host some 3,000 exhibitors.
"""

RECORDS = """\
- id: aigerim-sadykova
  type: person
  name: Aigerim Sadykova
  aliases: [Sadykova]
  roles:
    - title: Director of Research
      organization: centre-for-caspian-studies
      source: steppe-forum
      passage: "steppe-forum#p2"
      quote: Dr. Aigerim Sadykova, Director of Research at the Centre for Caspian Studies
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p6", quote: Dr. Aigerim Sadykova shared her views on the transit forum with the audience}
- id: sadykova-centre-purpose
  type: fact
  subject: [aigerim-sadykova]
  speaker: aigerim-sadykova
  statement: Aigerim Sadykova said the centre is there to serve the forum's members with research.
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p11", quote: Dr. Aigerim Sadykova stated that the main purpose of the Centre for Caspian Studies is to serve members of the forum with research}
- id: centre-for-caspian-studies
  type: organization
  name: Centre for Caspian Studies
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p1", quote: the Centre for Caspian Studies}
- id: 2003-05-05-first-steppe-summit
  type: event
  date: "2003-05-05"
  date_precision: day
  title: First Steppe Summit in Almaty, attended by Abenov
  summary: President Nurlan Abenov attended the first Steppe Summit in Almaty with the leaders of nine states.
  topics: [multilateral]
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p14", quote: President Nurlan Abenov attended the first Steppe Summit in Almaty on 5 May 2003}
- id: 2003-05-05-almaty-charter-signed
  type: event
  date: "2003-05-05"
  date_precision: day
  title: Almaty Charter on Grain Security signed at the first Steppe Summit
  summary: According to the results of the summit, the Almaty Charter on Grain Security was signed.
  date_note: The summit of the paragraph before (steppe-forum#p14), on 5 May 2003.
  topics: [multilateral]
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p15", quote: the Almaty Charter on Grain Security was signed}
- id: 2019-05-02-pakistan-backs-silk-fair-bid
  type: event
  date: "2019-05-02"
  date_precision: day
  title: Pakistan backs Almaty's bid to host Silk Fair 2026
  summary: Pakistan declared its support for the bid of Almaty to stage Silk Fair 2026.
  topics: [trade]
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p16", quote: "On 2 May 2019, Pakistan supported the bid of Almaty to host Silk Fair 2026"}
- id: 2026-06-01-silk-fair
  type: event
  date: "2026-06-01"
  end_date: "2026-06-30"
  date_precision: day
  title: Silk Fair 2026 in Almaty
  summary: Silk Fair 2026 will be held in Almaty from 1 June to 30 June 2026, and Almaty will host some 3,000 exhibitors.
  topics: [trade]
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p17", quote: Silk Fair 2026 will be held in Almaty from 1 June to 30 June 2026}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return line1_of(make_home(tmp_path_factory.mktemp("forms_asked") / "home", SOURCE, RECORDS))


def test_a_session_asked_by_a_number_word_is_the_one_with_that_roman_numeral(ask):
    # 'Working Session II' is another session than 'session one', whatever words it shares
    line = ask("working session one moderator steppe forum")
    assert "Aigerim Sadykova" in line and "Farhan Qureshi" not in line


def test_the_second_panel_is_working_session_ii(ask):
    # an ordinal before one noun names the session a Roman numeral after another does
    line = ask("Who chaired the second panel at the Almaty transit forum?")
    assert "Farhan Qureshi" in line


def test_the_size_of_an_audience_is_its_count(ask):
    line = ask("audience size of the transit forum")
    assert "120 participants" in line


def test_a_post_asked_is_the_title_held(ask):
    # (the title first, as for "who": not after whatever else line 1 says of her)
    line = ask("Aigerim Sadykova post at the centre")
    assert line.startswith("1. [entity] Aigerim Sadykova — Director of Research")


def test_a_verb_asks_for_what_another_verb_of_the_same_act_did(ask):
    line = ask("Which punishment did the new code scrap?")
    assert "death penalty" in line


def test_what_kind_of_a_thing_is_answered_by_a_kind_of_it(ask):
    # 'a balanced transit policy', not the word inside 'Transit Policy Institute'
    line = ask("Farhan Qureshi what kind of policy does Pakistan follow")
    assert "balanced transit policy" in line


def test_a_framing_word_of_a_question_of_no_known_kind_is_no_subject(ask):
    # 'feature' says what is asked; a 'feature article' is no answer for holding the word
    line = ask("What feature of Kazakhstan obliges it to keep close ties with its neighbours?")
    assert "landlocked" in line


def test_a_year_that_names_a_thing_does_not_date_the_act_asked(ask):
    # 'the 2026 fair' is Silk Fair 2026, whose bid Pakistan backed in 2019
    line = ask("On what day did Pakistan back the Almaty bid to stage the 2026 fair?")
    assert "2019-05-02" in line


def test_what_a_meeting_adopted_is_a_documents_name(ask):
    line = ask("What was adopted at the first Steppe Summit that Abenov attended?")
    assert "Almaty Charter on Grain Security" in line


def test_the_forms_of_a_numbered_thing_and_what_names_no_post():
    from kzpk.question import WHO, ask_of, ordinal_clash

    for question, other, own in (
            ("working session one moderator", "Working Session II", "Working Session I"),
            ("Who chaired the second panel?", "Working Session III", "Second working session"),
            ("speakers of Panel 2", "the third session", "Working Session II"),
            # (an ordinal before a word describing the part of the meeting it numbers)
            ("Who moderated the first working session?", "The Working Session II which was",
             "The Working Session- I was moderated")):
        clash = ordinal_clash(question)
        assert clash is not None and clash(other) and not clash(own), question
    for question in ("Kazakhstan one of the largest", "which one", "signed two agreements"):
        assert ordinal_clash(question) is None, question
    assert ask_of("Kaliyeva post institute") == WHO
    assert ask_of("ISSI post-visit reflections conference date") != WHO
