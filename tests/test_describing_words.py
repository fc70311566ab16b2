"""A lower-case word of a wh-question that no document writes, though it only describes what the
question asks about: an adjective ('junior researcher'), the kind of answer ('Which two airlines
...?'), a noun said of a subject the question names otherwise ('expressed gratitude'). When two
of the question's other rarer words stand together in one document, the search goes on without
the word and says so on stderr, exit 0. What "how much" measures or "what kind of" sorts, and a
noun naming the kind of thing before it ('glacier melt'), need three of the rest's rarer words
together for that. A subject no document mentions still ends the search with "no document
mentions" and exit 1: in a yes/no question, or when the rest of the question stands together
too thinly or nowhere. What the user sees: line 1, stderr, exit code."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

ENVOY = """\
---
title: New envoy looks back on his first months
date: 2024-05-02
---
ISLAMABAD: The new ambassador spoke to reporters at the embassy on Thursday.

Asked about a direct air connection, he recalled that Falcon Air and Steppe Wings had studied the idea long ago and carried out a survey of the route. The plan never got off the ground for want of passengers.

Mr. Usman Tariq, Assistant Research Associate at the institute, talked about the withdrawal from Afghanistan and the refugees it left behind.

Dr. Sana Malik, an academic at Riphah International University, thanked the participants at the close of the seminar.

The envoy hosted a reception for the national day, where guests heard a string quartet.

Floods in the south of the country ruined the cotton harvest, and the embassy helped the families with tents.

The envoy said exports of machinery grew last year.

Ali Raza, an anchor at the state broadcaster, is doing commendable work on foreign affairs.
"""

OTHER = """\
---
title: Chamber of commerce meets in Lahore
date: 2024-06-10
---
LAHORE: The chamber of commerce held its annual meeting, chaired by its president, Mr. Kamran Aziz.

Members asked for faster customs clearance at the border and lower freight charges.

A delegation of textile makers will travel to Almaty in the autumn.

The chamber's secretary read out the accounts for the year.

The clerk of the chamber kept the minutes.
"""


@pytest.fixture(scope="module")
def envoy(tmp_path_factory):
    root = tmp_path_factory.mktemp("describing")
    return add_items(make_home(root / "home"), root, {"envoy.md": ENVOY, "chamber.md": OTHER})


def search(home, query):
    return run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")


@pytest.mark.parametrize("query, word, answer", [
    # the kind of answer: the text names the two without the word 'airlines'
    ("Which two airlines once surveyed the direct route?", "airlines", "Falcon Air"),
    # an adjective of the answer's kind ('junior' researcher): the text gives his post instead
    ("Which junior researcher talked about the withdrawal from Afghanistan?", "junior",
     "Usman Tariq"),
    # a noun said of a subject the question names by its university: he 'thanked' them
    ("Which Riphah academic expressed gratitude to the participants?", "gratitude",
     "Sana Malik"),
    # a compound of English ('op' and 'ed' clipped): the kind of text, which no text calls itself
    ("Which anchor at the state broadcaster does the op-ed praise?", "op-ed", "Ali Raza"),
    # what 'how many' counts, said otherwise, when three of the rest's rarer words (textile,
    # travel, Almaty) stand together: the text counts a delegation of makers
    ("How many producers will travel to Almaty with the textile delegation?",
     "producers", "A delegation of textile makers will travel to Almaty"),
    # a noun before a noun ('garment' before 'expedition', neither written), the same way
    ("Which garment expedition will travel to Almaty in the autumn?", "garment' or 'expedition",
     "A delegation of textile makers will travel to Almaty"),
])
def test_a_word_that_only_describes_is_searched_without_and_said(envoy, query, word, answer):
    r = search(envoy, query)
    assert r.code == 0, r.err
    assert answer in r.out.splitlines()[0]
    assert f"no document writes '{word}'; searched without" in r.err
    assert "no document mentions" not in r.err


@pytest.mark.parametrize("query, word", [
    # a yes/no question asks about the word itself
    ("Was caviar served at the national day reception?", "caviar"),
    # what 'how much' measures, what 'what kind of' sorts: the subject, unless three of the
    # rest's rarer words stand together (here two: 'machinery' and 'grew'; 'reception' alone)
    ("How much uranium did the machinery makers say grew?", "uranium"),
    ("What kind of caviar did the envoy serve at the reception?", "caviar"),
    # a noun before a noun names the kind of thing: 'glacier melt' is the subject, unless
    # three of the rest's rarer words stand together (here 'floods' and 'south' only)
    ("Which glacier melt caused the floods in the south?", "glacier"),
    # the rest of the question stands together in no document ('Afghanistan' and 'customs'
    # stand apart): nothing the documents hold is what it asks about
    ("Which actual customs rule did Afghanistan change?", "actual"),
])
def test_an_absent_subject_still_ends_the_search(envoy, query, word):
    r = search(envoy, query)
    assert r.code == 1 and not r.out
    assert f"no document mentions {word!r}" in r.err
    assert "searched without" not in r.err
