"""Kinds of quick lookup a new user asks that the first evaluation sets did not (issue 13,
found with the held-out set eval/fresh/lookups.yaml): a person's position or affiliation, a body
asked for by its kind, a text's own date, a role worded as the question words it, a full name
in another spelling, and a fact's verbatim quote on line 1.

One home of our own (a source and records written for these tests); each test reads the first
line of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import make_home, run_kzpk

SOURCE = """\
---
id: steppe-forum
title: Steppe Dialogue Forum on Naryn and Quetta
date: "2024-05-20"
kind: news
---
Steppe Dialogue Forum on Naryn and Quetta

The Steppe Dialogue Forum was jointly organised by the Embassy of Kyrgyzstan and the Centre for Highland & Desert Studies (CHDS), Quetta.

Prof. Dr. Zafar Ahmad Khan, Director, Institute of Mountain Studies, University of Gilgit, opened the forum.

Dr. Talib Zaffar, Lecturer, Karakoram College, said that river trade must grow.

Mr. Ahmed Noor, Deputy Trade Minister of Kyrgyzstan, spoke on customs, and Ms. Amina Khan moderated.

Mr. Erlan Sadykov, First Deputy Minister of Trade Affairs of Kyrgyzstan, spoke on railways and trade with Kyrgyzstan.

Dr. Saule Bekova, Senior Lecturer, Naryn State University, presented Kyrgyzstan as a mountain gateway for river trade.

Ambassador Nurlan Tulegen described the forum as a turning point elevating ties to an alliance.

Dr. Saule Bekova said the universities of Naryn and Quetta should exchange students.

Rail carries one-third of the grain trade of the two provinces.

The grain trade of the two provinces grew by 12 percent last year.

Naryn buys grain worth $90 million a year from abroad, and Quetta's traders have a place in that market.

Quetta's traders hold only a 6 percent share of it, the Naryn customs office says.
"""


def _person(pid: str, name: str, title: str, p: int, quote: str, about: str = "") -> str:
    return f"""\
- id: {pid}
  type: person
  name: {name}
  description: {about or title}
  roles:
    - title: {title}
      source: steppe-forum
      passage: "steppe-forum#p{p}"
      quote: "{quote}"
  sources:
    - {{source: steppe-forum, passage: "steppe-forum#p{p}", quote: "{quote}"}}
"""


RECORDS = "".join([
    _person("zafar-ahmad-khan", "Zafar Ahmad Khan", "Director, Institute of Mountain Studies, University of Gilgit", 2,
            "Prof. Dr. Zafar Ahmad Khan, Director, Institute of Mountain Studies, University of Gilgit"),
    _person("talib-zaffar", "Talib Zaffar", "Lecturer, Karakoram College", 3, "Dr. Talib Zaffar, Lecturer, Karakoram College"),
    _person("ahmed-noor", "Ahmed Noor", "Deputy Trade Minister of Kyrgyzstan", 4,
            "Mr. Ahmed Noor, Deputy Trade Minister of Kyrgyzstan",
            "Kyrgyz official who spoke on customs procedures, border posts, transit fees and the paperwork of traders."),
    _person("amina-khan", "Amina Khan", "moderator", 4, "Ms. Amina Khan moderated"),
    _person("erlan-sadykov", "Erlan Sadykov", "First Deputy Minister of Trade Affairs of Kyrgyzstan", 5,
            "Mr. Erlan Sadykov, First Deputy Minister of Trade Affairs of Kyrgyzstan",
            "Kyrgyz deputy minister for trade; spoke on trade and railways with Kyrgyzstan."),
    _person("saule-bekova", "Saule Bekova", "Senior Lecturer, Naryn State University", 6,
            "Dr. Saule Bekova, Senior Lecturer, Naryn State University"),
    _person("nurlan-tulegen", "Nurlan Tulegen", "Ambassador", 7, "Ambassador Nurlan Tulegen"),
]) + """\
- id: bekova-mountain-gateway
  type: fact
  subject: [saule-bekova]
  speaker: saule-bekova
  statement: Saule Bekova presented Kyrgyzstan as a mountain gateway for river trade.
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p6", quote: "presented Kyrgyzstan as a mountain gateway for river trade"}
    - {source: steppe-forum, passage: "steppe-forum#p6", quote: "Dr. Saule Bekova"}
- id: bekova-universities-exchange
  type: fact
  subject: [saule-bekova]
  speaker: saule-bekova
  statement: Saule Bekova said the universities of Naryn and Quetta should exchange students.
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p8", quote: "the universities of Naryn and Quetta should exchange students"}
    - {source: steppe-forum, passage: "steppe-forum#p8", quote: "Dr. Saule Bekova"}
- id: 2024-05-20-post-forum-reception
  type: event
  date: "2024-05-20"
  date_precision: day
  date_note: The article's date (a test record).
  title: Post-forum reception hosted by Erlan Sadykov
  summary: Erlan Sadykov hosted a post-forum reception on railways and trade.
  actors: [erlan-sadykov]
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p5", quote: "Mr. Erlan Sadykov, First Deputy Minister of Trade Affairs of Kyrgyzstan, spoke on railways and trade with Kyrgyzstan."}
- id: tulegen-turning-point
  type: fact
  subject: [nurlan-tulegen]
  speaker: nurlan-tulegen
  statement: Nurlan Tulegen called the forum a turning point that lifted ties to an alliance.
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p7", quote: "described the forum as a turning point elevating ties to an alliance"}
    - {source: steppe-forum, passage: "steppe-forum#p7", quote: "Ambassador Nurlan Tulegen"}
- id: 2024-05-19-steppe-dialogue-forum
  type: event
  date: "2024-05-19"
  date_precision: day
  date_note: The day before the article's date (a test record).
  title: Steppe Dialogue Forum, organised with the embassy, opens
  summary: The Steppe Dialogue Forum, organised with the Embassy of Kyrgyzstan, was opened by Zafar Ahmad Khan.
  actors: [zafar-ahmad-khan]
  sources:
    - {source: steppe-forum, passage: "steppe-forum#p2", quote: "Prof. Dr. Zafar Ahmad Khan, Director, Institute of Mountain Studies, University of Gilgit, opened the forum."}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    home = make_home(tmp_path_factory.mktemp("kinds") / "home", SOURCE, RECORDS)

    def ask(query: str):
        r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
        assert r.code == 0, r.err
        return r.out.splitlines()[0]

    ask.home = home
    return ask


def test_a_facts_line_1_gives_its_verbatim_quote_before_the_paraphrase(ask):
    # the statement names its speaker, so it is not shown as 'X said: ...'; its quote still
    # comes first (the ': ' of the text's 'Source: ' is no speaker's)
    r = run_kzpk(ask.home, "search", "What did the forum elevate ties to?", "--kind", "fact",
                 "--format", "plain", "--limit", "1")
    line = r.out.splitlines()[0]
    assert line.startswith("1. [fact] “described the forum as a turning point elevating ties to an alliance”")


def test_what_position_a_person_holds_is_their_role(ask):
    assert ask("What position does Saule Bekova hold?").startswith(
        "1. [entity] Saule Bekova — Senior Lecturer, Naryn State University")


def test_which_university_a_named_person_is_from_is_in_their_role(ask):
    # the person is given, not asked for: the answer is the body in their role
    line = ask("Which university is Saule Bekova from?")
    assert line.startswith("1. [entity] Saule Bekova") and "Naryn State University" in line


def test_a_persons_name_and_the_kind_of_post_or_body_asks_for_their_role(ask):
    # a keyword query: the person's roles answer 'university' or 'post', not a statement
    # of theirs that happens to say 'universities', nor the post-forum event they hosted
    assert ask("Saule Bekova university").startswith("1. [entity] Saule Bekova")
    assert ask("Erlan Sadykov post").startswith("1. [entity] Erlan Sadykov")
    # a word asking for a person's particulars that no text writes is no absent subject
    line = ask("Saule Bekova affiliation")
    assert line.startswith("1. [entity] Saule Bekova") and "Naryn State University" in line
    # a subject of its own beside the name asks what they said about it
    assert ask("Saule Bekova students exchange").startswith("1. [fact]")


def test_what_is_a_persons_post_names_no_role_in_the_name(ask):
    # 'Zaffar' (the name in another spelling) is not a role asked about, so the named person
    # is the answer, with their role
    assert ask("What is Zaffar Ahmed Khan's post?").startswith(
        "1. [entity] Zafar Ahmad Khan — Director")


def test_which_think_tank_asks_for_a_body(ask):
    # and 'co-' is a prefix, not a word no document mentions
    line = ask("Which think tank co-organised the Steppe Dialogue Forum?")
    assert "Centre for Highland & Desert Studies (CHDS)" in line


def test_what_post_a_person_holds_is_their_role_not_a_title_saying_post(ask):
    # 'post' asks for the role; the reception's title says 'Post-forum'
    assert ask("What post does Erlan Sadykov hold?").startswith(
        "1. [entity] Erlan Sadykov — First Deputy Minister")


def test_a_verb_after_the_kind_of_body_asked_is_no_role(ask):
    # 'Which institute co-organised': 'co-organised' is what the body did ('organised' in the
    # text), not a person's title
    line = ask("Which institute co-organised the Steppe Dialogue Forum?")
    assert "Centre for Highland & Desert Studies (CHDS)" in line


def test_what_share_is_answered_by_a_fraction(ask):
    # the other sentence gives a percentage, of another thing
    assert "one-third of the grain trade" in ask("What share of the grain trade goes by rail?")
    # a share is a part (a percentage, a fraction), not a figure of the whole
    line = ask("What share of the grain market in Naryn do Quetta traders have?")
    assert "6 percent share" in line, line


def test_the_kind_of_answer_asked_need_not_stand_in_a_document(ask, tmp_path):
    # no text says 'degree': it names what is wanted, not the subject (Saule Bekova is)
    assert "Saule Bekova" in ask("What degree does Saule Bekova hold?")
    # a subject no document mentions is still one ('uranium' is not the kind of answer here)
    from conftest import run_kzpk as run

    r = run(ask.home, "search", "What uranium deposits does Kyrgyzstan have?")
    assert r.code == 1 and "no document mentions 'uranium'" in r.err


def test_the_date_of_an_article_is_the_texts_own_date(ask):
    # not the date of the event it tells of
    assert ask("date of the article on the Steppe Dialogue Forum").startswith("1. [passage] 2024-05-20")


def test_a_role_worded_as_the_question_words_it_comes_first(ask):
    # both titles hold 'deputy', 'trade', 'minister' and 'Kyrgyzstan'; one says the role asked
    line = ask("Who is the Deputy Trade Minister of Kyrgyzstan?")
    assert line.startswith("1. [entity] Ahmed Noor")
    # and so does a paragraph of a text that says it ('Mr. Ahmed Noor, Deputy Trade Minister of
    # Kyrgyzstan, spoke on customs'), before one saying 'First Deputy Minister of Trade Affairs'
    r = run_kzpk(ask.home, "search", "Who is the Deputy Trade Minister of Kyrgyzstan?", "--kind",
                 "passage", "--format", "plain", "--limit", "1")
    assert "Ahmed Noor" in r.out.splitlines()[0]


def test_a_full_name_in_another_spelling_finds_the_person_though_each_word_is_known(ask):
    # 'Zaffar' is Talib Zaffar's, 'Ahmed' Ahmed Noor's, 'Khan' Amina Khan's: no single word is
    # misspelt, the name as a whole is Zafar Ahmad Khan's
    assert ask("Zaffar Ahmed Khan position").startswith("1. [entity] Zafar Ahmad Khan — Director")

