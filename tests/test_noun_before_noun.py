"""A noun that may be a verb, standing between a word qualifying it and the noun it qualifies
('the Central Asian nuclear-weapon-free zone treaty'), is part of the question's subject, not its
main verb: 'When did the ... zone treaty take effect?' is answered by the sentence saying when it
took effect, not by the paragraph on its signing."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import main_verb

TREATY = """\
---
title: Five Central Asian states sign nuclear-weapon-free zone treaty at Semipalatinsk
date: 2006-09-08
---
SEMIPALATINSK — The foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan on Friday signed a treaty setting up a Central Asian Nuclear Weapon Free Zone, at the former Soviet test site.

The zone bars the five states from making, buying or hosting nuclear weapons. The treaty will enter into force once all five states have ratified it. (Later note: it took effect on 21 March 2009.)

Western powers had raised objections to a clause on earlier treaties.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "noun_before_noun", {"treaty.md": TREATY})


def test_a_noun_qualifying_a_noun_is_no_verb():
    assert main_verb("When did the Central Asian nuclear-weapon-free zone treaty take effect?") \
        != "zone"
    assert main_verb("When did Kazakh officials visit Pakistan?") == "visit"


def test_when_the_treaty_took_effect(ask):
    line = ask("When did the Central Asian nuclear-weapon-free zone treaty take effect?")
    assert "21 March 2009" in line
