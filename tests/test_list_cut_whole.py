"""A line cut inside a list that ends its sentence a few words later ('in commerce and
investment, energy,…') goes on to the list's end: a question asking 'in which fields ...' wants
every field named. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

MEETING = """\
---
title: Foreign ministers meet on the sidelines of a regional council in Samarkand
date: 2024-05-14
---
Pakistan's foreign minister held a meeting with his Kazakh counterpart on the sidelines of the council of foreign ministers in Samarkand, the Foreign Office said in a statement issued late on Tuesday evening.

**Regional policy.** Referring to the government's policy towards the region, the foreign minister underlined Islamabad's commitment to broad and positive engagement with its neighbours, and reaffirmed Pakistan's wish to deepen relations with Kazakhstan in commerce and investment, energy, connectivity, security and culture.

**Trade.** The two ministers agreed that trade between the two countries remained well below its potential.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "list_cut_whole", {"meeting.md": MEETING})


def test_the_list_a_cut_would_halve_is_shown_whole(ask):
    line = ask("In which fields did the foreign minister reaffirm Pakistan's wish to deepen "
               "relations with Kazakhstan?")
    assert "energy, connectivity, security and culture." in line


def test_a_cut_in_a_long_rest_of_a_sentence_stays(ask):
    from kzpk.query import SNIPPET, make_snippet

    lead = "word " * ((SNIPPET - 15) // 5)  # the line's width, less the list's first items
    listed = lead + "alpha, beta, gamma and delta. Next sentence " + "more " * 30
    assert make_snippet(listed, None)[0].endswith("alpha, beta, gamma and delta.…")
    # the rest of the sentence is no list of short items, and runs on for more than a quarter
    # of a line: the cut stays where it was
    clause = (lead + "alpha, beta, and then a long clause that is no list of short things at "
              "all but runs on and on " + "and on " * 30 + "past the limit of the line. Next.")
    assert make_snippet(clause, None)[0].endswith("alpha, beta,…")
