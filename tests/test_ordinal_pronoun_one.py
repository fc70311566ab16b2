"""'one' after a thing's word and an article is the pronoun, not a number: 'Its first tenge
bond, not a green one, dates from 2007' names no 'green bond one', so it is no text naming the
first green bonds in another form than the question's, and line 1 for 'How much did ... raise
with its first green bonds ...?' is the paragraph giving the sum raised. Line 1 of plain output,
on a copy of the bundled home to which the news item was added."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import bundled_with_items, line1_of

ITEM = Path(__file__).resolve().parent.parent / "eval/pile47/docs/adb-first-green-bond-kase-2020.md"


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "ordinal_pronoun_one",
                                       {ITEM.name: ITEM.read_text(encoding="utf-8")}))


def test_a_green_one_is_no_number(ask):
    line = ask("How much did the Asian Development Bank raise with its first green bonds on the "
               "Kazakhstan Stock Exchange?")
    assert "13.96 billion tenge" in line
