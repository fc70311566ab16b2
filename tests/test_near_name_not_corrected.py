"""A name no document writes is not corrected into a word two letters away when that word is no
spelling of it: a surname with its ending cut off ('Sultanov' is not 'Sultan'), a brand made of
two English words ('Starlink' is not 'starting'). Such a query ends as a subject no document
mentions: "nothing found", exit 1. What the user sees: stderr and the exit code."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

ITEM = """\
---
title: Envoys call on the Senate chairman
date: 2024-05-02
---
ISLAMABAD: Ambassador Sultan Ahmed called on the Senate chairman on Thursday. Starting next month, the two sides will hold talks on satellite internet licences.

The Senate chairman said starting such talks was overdue.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("nearname")
    return add_items(make_home(root / "home"), root, {"item.md": ITEM})


@pytest.mark.parametrize("query, word", [
    ("Ambassador Sultanov's call on the Senate chairman", "Sultanov"),
    ("Starlink licence for satellite internet", "Starlink"),
])
def test_a_word_two_letters_from_another_name_is_no_spelling_of_it(home, query, word):
    r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
    assert r.code == 1, (r.out, r.err)
    assert f"no document mentions '{word}'" in r.err
    assert "starting licence" not in r.err.lower()


def test_a_name_in_another_spelling_is_still_corrected(home):
    r = run_kzpk(home, "search", "Ambassador Sultaan Ahmed call", "--format", "plain", "--limit", "1")
    assert r.code == 0 and "Sultan Ahmed" in r.out.splitlines()[0], r.err


TALK = """\
---
title: President on parliamentary reform
date: 2022-11-02
---
ASTANA: President Kassym-Jomart Tokayev said parliamentary reform would go on next year.
"""


@pytest.fixture(scope="module")
def talk(tmp_path_factory):
    root = tmp_path_factory.mktemp("talk")
    return add_items(make_home(root / "home"), root, {"talk.md": TALK})


def test_a_consonant_changed_makes_another_surname(talk):
    # 'Tokarev' is a surname of its own, a consonant from 'Tokayev': offered, not searched
    r = run_kzpk(talk, "search", "What did Tokarev say about parliamentary reform?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 1 and "no document mentions 'Tokarev'" in r.err, (r.out, r.err)
    assert "did you mean" in r.err


@pytest.mark.parametrize("name", ["Tokaev", "Tokayiev"])
def test_a_vowel_or_romanisation_is_still_corrected(talk, name):
    r = run_kzpk(talk, "search", f"What did {name} say about parliamentary reform?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0 and "Tokayev" in r.out.splitlines()[0], r.err


DIG = """\
---
title: Archaeologists dig in Tashkent and Peshawar
date: 2025-03-01
---
TASHKENT: Students from the University of Peshawar joined a dig in Tashkent this spring, led by the Margulan Archaeological Institute.
"""


@pytest.fixture(scope="module")
def dig(tmp_path_factory):
    root = tmp_path_factory.mktemp("dig")
    return add_items(make_home(root / "home"), root, {"dig.md": DIG})


@pytest.mark.parametrize("query, place", [("Which institute led the dig in Tashkant?", "Tashkent"),
                                          ("students from the University of Peshawer", "Peshawar")])
def test_a_long_place_with_a_vowel_changed_is_corrected(dig, query, place):
    r = run_kzpk(dig, "search", query, "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert place in r.out.splitlines()[0] and place in r.err  # said, not silent


def test_a_name_the_documents_write_as_no_place_is_not(dig):
    r = run_kzpk(dig, "search", "Margulin", "--format", "plain", "--limit", "1")
    assert r.code == 1 and "no document mentions 'Margulin'" in r.err, (r.out, r.err)
