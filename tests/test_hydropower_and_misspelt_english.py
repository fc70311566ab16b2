"""'Hydropower' is what a text may write 'hydroelectric' or 'hydel', a word of the same meaning; and
a misspelt English word no document holds ('elegible') is read as the word it misspells, which
only describes what the question asks about, not offered as another word a document holds
('elections'); a shorter word of another language ('lavash') is no misspelt English word, and
stays a subject no document mentions."""

from __future__ import annotations

import pytest

from conftest import add_items, items_asker, run_kzpk
from kzpk.question import english_spelling

DAM = """\
---
title: First turbine turns at Sarband dam
date: 2021-09-14
---

DUSHANBE, Sept 14, 2021 (Pamir Wire) - The first turbine of the Sarband hydroelectric plant on the Vakhsh began generating on Tuesday, 90 kilometres south of the capital.

The plant will have four units of 120 megawatts each when finished in 2024.
"""

FLATS = """\
---
title: Low-cost flats handed over in Multan
date: 2020-08-03
---

MULTAN, Aug 3, 2020 (Punjab Ledger) - The housing authority handed over 600 low-cost flats in Multan on Monday.

Besides factory workers, widows and families earning less than Rs 30,000 a month can apply for the flats, the authority said.

The elections to the workers' welfare board are due in October.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "hydropower", {"dam.md": DAM})


def test_hydropower_is_hydroelectric(ask):
    line = ask("Where is the Sarband hydropower plant?")
    assert "90 kilometres south of the capital" in line.rsplit(" — ", 1)[0]


def test_a_misspelt_word_no_document_holds_only_describes(real_copy, tmp_path):
    assert english_spelling("elegible", lambda word: False) == "eligible"
    add_items(real_copy, tmp_path, {"flats.md": FLATS})
    r = run_kzpk(real_copy, "search", "besides factory workers who is elegible for the low-cost "
                 "flats in multan", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "widows" in r.out.splitlines()[0]
    assert "did you mean" not in r.err


def test_a_short_word_of_another_language_stays_a_subject(real_home):
    assert english_spelling("lavash", lambda word: False) is None
    r = run_kzpk(real_home, "search", "lavash bread exports from Iran")
    assert r.code == 1
    assert "no document mentions 'lavash'" in r.err
