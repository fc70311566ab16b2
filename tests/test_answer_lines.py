"""Line 1 of a lookup on records and passages (issue 13): which record answers, and which part
of a long text line 1 shows.

One home, built once: a source and records of our own (written for these tests, not taken
from the bundled documents). Each test asks what a user would and reads the first line of plain
output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import make_home, run_kzpk

SOURCE = """\
---
id: forum-report
title: Report of the Almaty Forum on Regional Ties
date: "2021-03-15"
kind: news
---
Report of the Almaty Forum on Regional Ties

The forum was attended by Chairman of the Silk Road Council Arman Dzhaksybekov, Rector of the Eurasian Academy of Commerce Prof. Dr. Saule Omarova, Dean of Law of the National University of Modern Languages Dr. Bilal Qureshi, Director of the Centre for Maritime Affairs in Karachi (CMA)-Dr. Hina Siddiqui, Deputy Director of the Institute of Caspian Studies Dr. Timur Abenov, Head of the Department of Area Studies at the University of Balochistan Dr. Naveed Rind, and Head of Department History at Kerey Polytechnic University Dr. Zarina Tulegenova.

On 14 March 2014, in the Human Rights Council vote on Kyrgyzstan's candidacy, Mongolia supported Kyrgyzstan's candidacy for a Human Rights Council seat.

In May 2018, Kyrgyzstan supported Mongolia's candidacy for a seat on the Human Rights Council.

On 2 April 2021, Chairman Arman Dzhaksybekov held a meeting with the visiting envoy Farid Hussein in Almaty on grain exports.

Business memoranda of understanding were signed by the chambers of Almaty and Quetta, and these memoranda of understanding cover grain and textiles, the chamber heads said.

The chambers of Almaty and Quetta have signed more than 14 memorandums of understanding since 2015.

The seminar organised by the Silk Road Council was opened by its chairman Arman Dzhaksybekov, who then gave the floor to Dr. Zarina Tulegenova.

The Silk Road Council organised the seminar under the title "Grain Routes of the Steppe".

The secretariat of the Silk Road Council is based in Almaty.

Grain trade between the two provinces reached 400,000 tonnes in 2020, and grain trade is growing.

The ambition of both chambers is to raise grain trade to 2 million tonnes.

Kyrgyzstan abolished the death penalty in 2007, the speakers recalled.

The organisers announced that the grain fair programme in Almaty will consist of more than 200 events.

The programme will open with the beginning of the fair on the grounds of the Medeu rink, the organisers said.

Members hold grain export licences under the rule.

The rule on grain export licences will also apply to members of the two chambers from next spring, the speakers of the forum said at its close, after a long debate on quotas.

The seminar was jointly organized by the Silk Road Council and the Institute for Regional & Strategic Studies (IRSS), Almaty.

The grain pact states are Kyrgyzstan, Mongolia, and Tajikistan.

The grain pact countries met in Almaty, where the states of the grain pact named Mongolia to chair the grain pact.

The chairman of the council opened the grain fair of the two provinces on the first day of the fair, said a press release of the fair.

At its close, the chairman termed the fair a “harvest of friendship” between the provinces.

Kyrgyzstan, as the speakers recalled, has no sea port of its own and no rail link to the south. This has always made grain exports from Kyrgyzstan costly. Since 2019, therefore, the chambers have planned a road for grain exports from Kyrgyzstan to the south, which would make grain exports cheaper for Kyrgyzstan and its neighbours alike.

The rail pact, a rail pact of three cities, was signed by officials of Almaty, Tashkent, and Ashgabat, the rail pact's founders.

The members of the rail pact, which the speakers discussed at length over two sessions on the second day of the forum, are Kazakhstan, Uzbekistan, and Turkmenistan.
"""

RECORDS = """\
- id: arman-dzhaksybekov
  type: person
  name: Arman Dzhaksybekov
  roles:
    - title: Chairman of the Silk Road Council
      source: forum-report
      passage: "forum-report#p1"
      quote: Chairman of the Silk Road Council Arman Dzhaksybekov
  sources:
    - {source: forum-report, passage: "forum-report#p1", quote: Chairman of the Silk Road Council Arman Dzhaksybekov}
- id: farid-hussein
  type: person
  name: Farid Hussein
  aliases:
  - name: Farid Hussain
    transliteration: true
  description: Pakistani envoy; held a meeting with Dzhaksybekov in Almaty in April 2021.
  sources:
    - {source: forum-report, passage: "forum-report#p4", quote: the visiting envoy Farid Hussein}
- id: almaty
  type: place
  name: Almaty
  sources:
    - {source: forum-report, passage: "forum-report#p13", quote: Almaty}
- id: medeu-rink
  type: place
  name: Medeu rink
  sources:
    - {source: forum-report, passage: "forum-report#p14", quote: the Medeu rink}
- id: grain-fair-programme-200-events
  type: fact
  subject: [almaty]
  statement: The organisers announced that the grain fair programme in Almaty would consist of more than 200 events.
  value: 200
  qualifier: more than
  unit: events
  sources:
    - {source: forum-report, passage: "forum-report#p13", quote: the grain fair programme in Almaty will consist of more than 200 events}
- id: 2021-06-grain-fair-programme-opening
  type: event
  date: "2021-06"
  date_precision: month
  date_note: The forum's report gives the fair's month elsewhere (a test record).
  title: Grain fair programme opens
  summary: The organisers said the programme would open with the beginning of the fair, on the grounds of the Medeu rink.
  place: medeu-rink
  sources:
    - {source: forum-report, passage: "forum-report#p14", quote: "The programme will open with the beginning of the fair on the grounds of the Medeu rink"}
- id: 2021-06-grain-fair-close
  type: event
  date: "2021-06"
  date_precision: month
  date_note: The forum's report gives the fair's month elsewhere (a test record).
  title: Chairman closes the grain fair
  summary: The chairman spoke warmly of what the fair meant for the two provinces.
  sources:
    - {source: forum-report, passage: "forum-report#p21", quote: "At its close, the chairman termed the fair a “harvest of friendship” between the provinces."}
- id: silk-road-council-secretariat-almaty
  type: fact
  subject: [almaty]
  statement: The forum report says the Silk Road Council's secretariat is based in Almaty.
  date: "2021-02"
  date_precision: month
  date_note: The month the secretariat moved is given elsewhere (a test record).
  sources:
    - {source: forum-report, passage: "forum-report#p9", quote: The secretariat of the Silk Road Council is based in Almaty}
- id: 2021-04-02-dzhaksybekov-farid-hussein-meeting
  type: event
  date: "2021-04-02"
  date_precision: day
  title: Dzhaksybekov meets Farid Hussein in Almaty
  summary: The two discussed grain exports.
  actors: [arman-dzhaksybekov, farid-hussein]
  sources:
    - {source: forum-report, passage: "forum-report#p4", quote: "On 2 April 2021, Chairman Arman Dzhaksybekov held a meeting with the visiting envoy Farid Hussein in Almaty on grain exports."}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    home = make_home(tmp_path_factory.mktemp("lines") / "home", SOURCE, RECORDS)

    def ask(query: str, *options: str):
        return run_kzpk(home, "search", query, *options, "--format", "plain", "--limit", "1")

    ask.home = home
    return ask


def line1(r) -> str:
    assert r.code == 0, r.err
    return r.out.splitlines()[0]


def test_a_long_list_is_shown_where_the_rare_words_of_the_question_stand(ask):
    # one sentence of guests: the entry naming the rare 'Kerey' is at its end, past a run of
    # 'University' and 'Department' entries that name none
    line = line1(ask("Who heads the history department at Kerey Polytechnic University?"))
    assert "Zarina Tulegenova" in line


def test_a_title_after_a_hyphen_ends_no_sentence():
    from kzpk.question import sentences

    text = "Guests: Director of IWEP (Almaty)-Dr. Lidiya Parkhomchik and Prof. Dr. Razia Sultana."
    assert sentences(text) == [(0, len(text))]


def test_whose_thing_a_question_asks_about_is_not_anothers(ask):
    # both paragraphs speak of a candidacy and the two countries; only one of Mongolia's
    line = line1(ask("When did Kyrgyzstan support Mongolia's candidacy for the Human Rights Council?"))
    assert "May 2018" in line
    from kzpk.question import possessive_clash

    clash = possessive_clash("Does the ban apply to Nazarbaev's family?")
    assert clash("The ban covers Nazarbayev's family and the president's family.") is False
    assert clash("The ban covers Tokayev's family.") is True


def test_a_name_in_another_spelling_is_held_by_a_text_spelling_it_the_known_way(ask):
    # 'Farid Hussain' is an alias of Farid Hussein: the dated meeting holds every word asked
    # for, not only the person's record
    line = line1(ask("Farid Hussain meeting with Dzhaksybekov"))
    assert "2021-04-02" in line and "[event]" in line


def test_a_latin_plural_and_a_common_abbreviation_find_the_words_written_out(ask):
    # 'memoranda' and 'MoUs' are the 'memorandums' of the sentence with the count
    assert "14 memorandums" in line1(ask("How many memoranda of understanding were signed?"))
    assert "14 memorandums" in line1(ask("number of MoUs of the Almaty and Quetta chambers"))


def test_the_title_of_a_thing_is_no_persons_title(ask):
    # a person's title asks who; the title of a seminar asks for its name, not for the people
    # named beside the seminar
    line = line1(ask("What was the title of the seminar organised by the Silk Road Council?"))
    assert "Grain Routes of the Steppe" in line


def test_a_keyword_query_asking_a_persons_role_gets_the_person_in_it(ask):
    line = line1(ask("Dzhaksybekov Silk Road Council role"))
    assert line.startswith("1. [entity] Arman Dzhaksybekov — Chairman of the Silk Road Council")


def test_a_misspelt_word_that_only_frames_the_question_is_corrected_and_not_searched(ask):
    # 'headquaters' is one letter from 'headquarters', which no text says: a framing word
    r = ask("Silk Road Council secretariat headquaters")
    assert "based in Almaty" in line1(r)
    assert "headquarters" in r.err  # the correction is said


def test_only_a_lowercase_word_is_taken_for_a_misspelt_english_word():
    from kzpk.question import english_spelling

    assert english_spelling("headquaters") == "headquarters"
    assert english_spelling("Shehbaz") is None  # names are not English words


def test_a_query_finds_a_text_saying_the_same_in_other_words(ask):
    # general English synonyms: no text says 'capital punishment' or 'target'
    assert "abolished the death penalty" in line1(ask("Did Kyrgyzstan abolish capital punishment?"))
    assert "2 million tonnes" in line1(ask("grain trade target"))
    from kzpk.question import synonyms

    assert synonyms(["Kazakh", "envoy", "targets"]) == {1: {"ambassador"}, 2: {"goal", "ambition"}}


def test_where_an_event_happens_is_its_place(ask):
    # the figure's sentence says 'in Almaty'; the event of the opening names its place, and
    # says the question's verb
    line = line1(ask("Where will the grain fair programme be opened?"))
    assert "Medeu rink" in line


def test_of_two_texts_on_the_subject_the_one_saying_the_questions_verb_comes_first(ask):
    line = line1(ask("Does the rule on grain export licences apply to members?"))
    assert "will also apply to members" in line


def test_who_organised_something_may_be_a_body_named_with_its_acronym(ask):
    # the other sentence on the seminar names people; this one the body that organised it
    # ('organized' in the text: British and American spellings are one word)
    line = line1(ask("Who organised the seminar together with the Silk Road Council?"))
    assert "Institute for Regional & Strategic Studies (IRSS)" in line
    from kzpk.question import other_spelling

    assert [other_spelling(w) for w in ("organised", "centre", "labour", "tour")] == \
        ["organized", "center", "labor", None]


def test_which_countries_asks_for_a_list_of_names(ask):
    line = line1(ask("Which countries are grain pact states?"))
    assert "Kyrgyzstan, Mongolia, and Tajikistan" in line
    # 'countries' is the kind of answer; 'members' is what the question is about
    line = line1(ask("Which countries are members of the rail pact?"))
    assert "Kazakhstan, Uzbekistan, and Turkmenistan" in line


def test_what_someone_called_a_thing_is_the_words_they_gave_it(ask):
    # the other sentence on the chairman and the fair reports no words of his
    line = line1(ask("What did the chairman call the grain fair?"))
    assert "harvest of friendship" in line


def test_when_a_text_was_published_is_its_date_not_that_of_what_it_tells(ask):
    line = line1(ask("When was the forum report on the Silk Road Council published?"))
    assert line.startswith("1. [passage] 2021-03-15")
    # the text named by whose it is, or published by its author
    line = line1(ask("When was the forum's report on the Silk Road Council published?"))
    assert line.startswith("1. [passage] 2021-03-15")
    line = line1(ask("When did the forum publish its report on the Silk Road Council?"))
    assert line.startswith("1. [passage] 2021-03-15")
    line = line1(ask("When did the forum report on the Silk Road Council?"))
    assert line.startswith("1. [passage] 2021-03-15")


def test_a_sentence_about_what_the_one_before_says_is_shown_from_that_one(ask):
    # 'This has always made ...': what 'this' is, the sentence before says
    line = line1(ask("What has always made grain exports from Kyrgyzstan costly?", "--kind",
                     "passage"))
    assert "no sea port of its own" in line


def test_an_ordinal_or_numbered_thing_is_found_in_any_of_its_forms_and_a_year_is_none():
    from kzpk.question import ordinal_clash

    for question, other, own in (
            ("Who spoke at the sixth session?", "the seventh session", "the sixth session"),
            ("the 30th anniversary roundtable", "the 25th anniversary", "the 30th anniversary"),
            ("Who chaired Working Session II?", "Working Session III", "Working Session II"),
            ("speakers of Session2", "Session 3", "Session 2"),
            ("the twenty-first meeting", "the twenty-second meeting", "the twenty-first meeting")):
        clash = ordinal_clash(question)
        assert clash is not None and clash(other) and not clash(own), question
    for question in ("bilateral trade volume 2023", "trade in 2023 and 2024", "Who is the ambassador?"):
        assert ordinal_clash(question) is None, question


def test_an_events_verbatim_quote_comes_before_its_summary(ask):
    # the date and title first, then the source's own words, then the paraphrase
    line = line1(ask("When did the chairman close the grain fair, and what did he call it?"))
    assert line.startswith("1. [event] 2021-06 (June 2021): Chairman closes the grain fair. "
                           "‘At its close, the chairman termed the fair a “harvest of friendship”")
    assert line.index("harvest of friendship") < line.index("spoke warmly")
