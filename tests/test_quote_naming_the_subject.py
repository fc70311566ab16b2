"""A fact's line shows the quote that says what the question asks about, though that is a name
('the Belt and Road Initiative (BRI) is also very significant ...' for 'What did Asylkhan think
of the BRI?'), not its first quote on another matter; the speaker's own name still counts for
nothing."""

from __future__ import annotations

from conftest import line1_of


def test_the_quote_naming_the_subject_asked_comes_first(real_home):
    line = line1_of(real_home)("What was Asylkhan's view of the BRI, the Belt and Road Initiative?")
    assert line.startswith("1. [fact] “the Belt and Road Initiative (BRI) is also very significant")


def test_the_quote_naming_the_speaker_is_not_the_answer(real_home):
    # the fact's quotes: what Yasar Ayaz highlighted, and his name with his title; the words of
    # the body he heads ('National Center of Artificial Intelligence') name who spoke, no answer
    line = line1_of(real_home)("Which technical strengths did the head of Pakistan's artificial "
                               "intelligence centre showcase?")
    assert line.startswith("1. [fact] “highlighted Pakistan’s AI, robotics, and imaging")
