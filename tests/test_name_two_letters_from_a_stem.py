"""A name two letters from an English word's stem, and more from the word itself, is no
misspelling of it: 'Floriade', a flower show no document mentions, is not searched as 'Flora'
(the Kunming International Flora Auction Trading Center): the honest answer is exit 1."""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

KUNMING = """\
---
title: Kunming's flower trade
date: 2022-06-20
---
KUNMING: Much of the wholesale business passes through the Kunming International Flora Auction Trading Center. Its horticultural pavilion at the city's expo drew growers from across Yunnan.
"""


def test_a_name_is_not_corrected_into_an_english_word_far_from_it(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"kunming.md": KUNMING})
    r = run_kzpk(home, "search", "Floriade horticultural expo pavilion", "--format", "plain")
    assert r.code == 1
    assert "no document mentions 'Floriade'" in r.err
    assert "Flora" not in r.err
