"""Kinds of answer a what-question asks for beyond a date, a figure, a person or a place (issue
13, found with the held-out sets of session 5): a reason ('Why did ...?'), a theme or title
('What was the theme of ...?'), how someone described a thing ('How did X describe ...?'); and
verbs the news uses for one act ('hosted' an event that a text says was 'organised'), and what
a place 'mainly' does, which texts say with 'main' or 'primary'.

One home of our own (a news item and a record written for these tests, not taken from any
document kzpk bundles or any evaluation set); each test reads the first line of plain output,
as the user does. In each, the sentence that answers holds fewer of the question's words than
another sentence about the same subject, which wins without the rule under test.
"""

from __future__ import annotations

import pytest

from conftest import line1_of, make_home

SOURCE = """\
---
id: steppe-orchards
title: Steppe orchards and the apricot trade
date: "2025-04-10"
kind: news
---
Steppe orchards and the apricot trade

Mongolia banned Tajik apricots in March, and Tajik apricot growers in the Sughd valley have lost their biggest buyer since Mongolia imposed the ban.

A plant inspector in Ulaanbaatar said the shipments had been stopped at the border, citing the discovery of the apricot leaf mite in two consignments.

Tajik growers now hope to sell dried apricots to Kyrgyzstan instead.

Growers in the Sughd valley export fresh apricots to Kyrgyzstan and Mongolia by road, and the valley's orchards export cherries to Kazakhstan.

Dried apricots and walnuts are the primary exports of Sughd.

Governor Rustam Nazarov visited Ulaanbaatar in May with a delegation of growers.

Nazarov's visit was aimed at lifting the ban before the harvest, his office said.

Regional governor Rustam Nazarov opened the Khujand Apricot Forum on Tuesday before growers, exporters and officials from Tajikistan, Kyrgyzstan and Mongolia in the hall of the Khujand regional council.

The Khujand forum was organised by the Sughd Growers Union (SGU).

The Khujand forum was held under the title "Orchards Without Borders", its organisers said.

Mongolia's agriculture minister, Bat-Erdene Tsogt, defended the apricot ban before the Mongolian parliament on Wednesday. Speaking to reporters afterwards, the minister called the ban "a necessary shield for our orchards".

Kyrgyz fruit traders in Osh said the Mongolian ban had cost them buyers as well.

The traders' union condemned it in a statement, describing it as a blow to the whole region's fruit markets.
"""

RECORDS = """\
- id: sughd-valley
  type: place
  name: Sughd valley
  description: A valley of orchards in northern Tajikistan.
  sources:
    - {source: steppe-orchards, passage: "steppe-orchards#p1", quote: "the Sughd valley"}
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    home = make_home(tmp_path_factory.mktemp("question-kinds") / "home", SOURCE, RECORDS)

    return line1_of(home)


def test_a_why_question_is_answered_by_the_sentence_giving_a_cause(ask):
    # the first paragraph holds every word of the question; the answer says 'citing ...'
    assert "citing the discovery of the apricot leaf mite" in ask(
        "Why did Mongolia ban Tajik apricots?")
    assert "citing the discovery" in ask("why mongolia banned tajik apricots")
    assert "citing the discovery" in ask("What led Mongolia to ban Tajik apricots?")


def test_what_the_purpose_of_something_was_asks_a_reason(ask):
    # the paragraph before holds every word of the question and no aim
    assert "was aimed at lifting the ban" in ask(
        "What was the purpose of Governor Nazarov's visit to Ulaanbaatar?")


def test_what_the_theme_of_something_was_is_the_sentence_giving_a_title(ask):
    # 'theme' names the kind of answer, which the text gives as a title; the paragraph before
    # holds more of the question's words and no title
    assert "Orchards Without Borders" in ask("What was the theme of the Khujand Apricot Forum?")
    # a keyword query asking the topic, though the text says 'theme'
    assert "Orchards Without Borders" in ask("topic of the khujand apricot forum")


def test_how_someone_described_a_thing_is_what_they_called_it(ask):
    # 'How did X describe ...?' asks what 'What did X call ...?' asks: the words they gave it
    # line 1 begins with the sentence that gives them, not the one before holding more of the
    # question's words
    assert ask("How did the Mongolian agriculture minister describe the apricot ban?").startswith(
        "1. [passage] 2025-04-10 …Speaking to reporters afterwards, the minister called the ban "
        "\"a necessary shield")

    # what a sentence says someone is doing, 'describing it as', gives their words too
    assert "a blow to the whole region's fruit markets" in ask(
        "How did the Kyrgyz fruit traders describe the Mongolian ban?")


def test_who_hosted_an_event_is_who_the_text_says_organised_it(ask):
    # the governor opened it, in the paragraph holding more of the question's words; the
    # union 'organised' it, which is what hosting it is
    assert "Sughd Growers Union (SGU)" in ask("Who hosted the Khujand Apricot Forum?")
    assert "Sughd Growers Union (SGU)" in ask("Who co-hosted the Khujand Apricot Forum?")


def test_what_a_place_mainly_does_is_what_a_text_calls_its_main_or_primary_one(ask):
    # the other paragraph says 'valley' and 'export' twice, but nothing of what matters most
    assert "Dried apricots and walnuts" in ask("What does the Sughd valley mainly export?")
