"""A capital no document writes, used for its state as the news uses it ('Kabul's leadership',
'the checks Riyadh accepted', 'Which Baku news outlet ...?'): searched as its country, and said so
on stderr. The same capital as a place ('in Baku', 'the Bishkek summit') is still a subject no
document mentions: "nothing found", exit 1. What the user sees: line 1, stderr, exit code."""

from __future__ import annotations

import pytest

from conftest import RECORDS, SOURCE, add_items, make_home, run_kzpk

HALAL = """\
---
title: Saudi body accepts Kazakh halal checks
date: 2025-11-24
---
ASTANA: The Saudi Food and Drug Authority has recognised the halal certificates of the Kazakh standards body as meeting its own rules.

The body's director general Malik Saulebay called it confirmation of the quality of the Kazakh halal system.

A news agency of Azerbaijan first reported the decision, which Turkmenistan's traders welcomed.

Hungary's scholarship programme took 257 Pakistani students this year.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("capital")
    home = make_home(root / "home", source=SOURCE, records=RECORDS)
    add_items(home, root, {"halal.md": HALAL})
    return home


def search(home, query):
    return run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")


@pytest.mark.parametrize("query, answer, country", [
    ("Who heads the body whose halal certificates Riyadh recognised?", "Malik Saulebay", "Saudi"),
    ("Which Baku news agency first reported the decision?", "Azerbaijan", "Azerbaijan"),
    ("Whose traders in Ashgabat's markets welcomed the halal decision?", "Turkmenistan", "Turkmenistan"),
    # (a capital of a country beyond the region's: 'Budapest's' for Hungary's)
    ("How many Pakistani students did Budapest's scholarship programme take?", "257 Pakistani",
     "Hungary"),
])
def test_a_capital_for_its_state_is_searched_as_its_country(home, query, answer, country):
    r = search(home, query)
    assert r.code == 0, r.err
    assert answer in r.out.splitlines()[0]
    assert f"searched for '{country}'" in r.err


@pytest.mark.parametrize("query", ["What was agreed in Baku?", "Riyadh summit outcome",
                                   "Who is the Kazakh envoy in Riyadh?"])
def test_the_capital_as_a_place_is_a_subject_no_document_mentions(home, query):
    r = search(home, query)
    assert r.code == 1 and "no document mentions" in r.err, (r.out, r.err)
