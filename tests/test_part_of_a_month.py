"""'At the end of November' is a date (the year the item's own): 'When will ...?' is answered
by the first paragraph saying it, not by a later one stating a year of something else; and a
question's verb said by its noun ('halt shipments' for 'stop shipping') is said by the first
paragraph, so a later paragraph holding the verb's other form ('kits already shipped') gives
nothing the question lacks. A month said alone with 'in' ('due to be held in November') is no
date of what is asked."""

from __future__ import annotations

import pytest

from conftest import items_asker

MODEL = """\
KARACHI, March 9 (Indus Auto Wire) - Indus Motor Works will stop making the Rani 660 at the end of November because buyers now prefer the larger Rani Plus, the company has told its suppliers.

In its notice the carmaker asked vendors to plan parts for the remaining 4,200 cars.

The Rani 660 replaced the older Rani 550 in 1996. All Indus Motor Works cars, the Rani 660 included, were moved to Euro II engines in 2014.
"""

KITS = """\
---
title: Orbis halts kit shipments to Turkmenistan
date: 2015-09-02
---

Orbis was forced to halt shipments of assembly kits to Turkmenistan on 14 August, when new import rules took effect, the carmaker has said.

Turkmenistan had been its tenth-biggest market in 2014.

Production at the Ashgabat plant will end when the kits already shipped run out. On 28 August the company wrote off its Turkmen business, a charge of 90 million euros.
"""

FAIR = """\
---
title: Defence fair opens in Astana
date: 2018-05-24
---

The KADEX defence fair opened in Astana on Thursday; this year's four-day edition closes on May 27, the organisers said.

Visiting the fair, a Pakistani minister invited his hosts to Pakistan's own exhibition, due to be held in November.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "part_of_a_month",
                       {"model.txt": MODEL, "kits.md": KITS, "fair.md": FAIR})


def test_end_of_a_month_answers_when(ask):
    line = ask("When will Indus Motor Works stop making the Rani 660?")
    # (the hit's own text, before its item's title: a wire's title is its first sentence)
    assert "end of November" in line.split(" — ")[0]


def test_verb_said_by_its_noun(ask):
    line = ask("When did Orbis stop shipping assembly kits to Turkmenistan?")
    assert "14 August" in line


def test_in_a_month_is_no_date_of_it(ask):
    line = ask("When did the KADEX 2018 fair close?")
    assert "May 27" in line
