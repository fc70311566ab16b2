"""A preposition of a question ('among the Soviet republics') names nothing it asks about: a
passage that happens to say 'among' ('Pakistan was among the first countries to recognise it')
holds no more of the question than a record without it. Line 1 of plain output on the bundled
corpus."""

from __future__ import annotations

from conftest import line1_of


def test_among_is_no_subject(real_home):
    ask = line1_of(real_home)
    assert "last Soviet republic" in ask(
        "What distinction did Kazakhstan have among the Soviet republics on independence?")
