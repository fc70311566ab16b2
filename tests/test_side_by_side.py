"""A question's words side by side as it says them ('students from Pakistan and India') stand so
in the paragraph that answers it; that paragraph ranks even when single-word search puts many
texts repeating the question's common words before it (Searcher._side_by_side)."""

from __future__ import annotations

import pytest

from conftest import items_asker

HOSTELS = """\
---
title: Kazakhstan posts guards at university hostels
date: 2024-05-21
---
ASTANA: Guards will watch over the hostels of foreign students around the clock, the ministry said on Tuesday.

An official said students from Pakistan and India number roughly nine thousand, most of them in medical schools. The guards will stay until the end of the summer term. Rectors have been asked to keep in touch with the police. Meetings with the students' representatives are planned for next week. A circular setting out the new rules is being drafted.
"""

# forty-five short paragraphs that say the question's words (but 'Kazakhstan'), never two side by
# side as it does, and give no count: single-word search ranks them all before the answer's longer
# paragraph; and 360 on other things, as a large pile holds
_GREEK = ("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
          "lambda", "mu", "nu", "xi", "omicron")
DIARY = "---\ntitle: Culture diary\ndate: 2024-01-10\n---\n" + "\n\n".join(
    f"Dance students of India and Pakistan: students of India and Pakistan meet, entry {a} {b}." for a in _GREEK for b in ("red", "green", "blue")) + "\n"
OTHER = "---\ntitle: Weather notes\ndate: 2024-01-11\n---\n" + "\n\n".join(
    f"Rain fell over the hills and the rivers rose, note {a} {b} {c}."
    for a in _GREEK for b in ("red", "green", "blue", "black") for c in ("up", "down", "in", "out", "on", "off")) + "\n"


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "side-by-side",
                       {"hostels.md": HOSTELS, "diary.md": DIARY, "other.md": OTHER})


def test_paragraph_holding_the_questions_words_side_by_side_answers(ask):
    line = ask("How many students from Pakistan and India study in Kazakhstan?")
    assert "nine thousand" in line


def test_pairs_past_the_postings_budget_are_not_searched(ask, monkeypatch):
    """The pair search costs about a microsecond per posting of its words: past
    SIDE_BY_SIDE_POSTINGS (here lowered below the 92 postings of 'students'+'Pakistan' and of
    'Pakistan'+'India', 46 documents each) no pair is searched, and single-word search's order
    stands, as it did before pairs were searched."""
    import kzpk.query

    monkeypatch.setattr(kzpk.query, "SIDE_BY_SIDE_POSTINGS", 91)
    line = ask("How many students from Pakistan and India study in Kazakhstan?")
    assert "nine thousand" not in line
    monkeypatch.setattr(kzpk.query, "SIDE_BY_SIDE_POSTINGS", 92)  # one pair: enough
    line = ask("How many students from Pakistan and India study in Kazakhstan?")
    assert "nine thousand" in line
