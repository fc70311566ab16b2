"""A place written in Uzbek Latin ('Farghona', its 'o' Russian's 'a') is the name the
documents romanise from Russian ('Ferghana'): searched so, and said on stderr. A name only
like a word once its 'o' is read as 'a' is still in no document ('Rosstat' is no 'restated').
Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

BEES = """\
---
title: Uzbekistan orders support for beekeepers
date: 2017-10-18
---
TASHKENT - The government has approved a programme to support beekeeping, with cheap loans for new apiaries and a register of hives.

The government has also been asked to open a course at the zootechnical faculty of Ferghana State University, from the 2018-2019 academic year, to train beekeepers.

The ministry restated its aim of doubling honey output by 2021, most of it from the Fergana valley.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("uzbek_latin")
    return add_items(make_home(root / "home"), root, {"bees.md": BEES})


def test_uzbek_latin_is_the_russian_romanisation(home):
    # (the name alone: beside 'State University', which the documents write it with, even a
    # name offered is taken)
    r = run_kzpk(home, "search", "Farghona", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Ferghana State University" in r.out.splitlines()[0]
    assert "Ferghana" in r.err


def test_a_name_like_a_word_only_so_is_absent(home):
    r = run_kzpk(home, "search", "Rosstat census results", "--format", "plain")
    assert r.code == 1
    assert "Rosstat" in r.err
