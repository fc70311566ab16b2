"""A long name in another common romanisation is the known name, answered with the correction
said on stderr: a Russian 'yo' written 'e' ('Artyomsol' for 'Artemsol'), a Turkish 'c' for a 'j'
('Azerbaycan' for 'Azerbaijan'), a last 'd' for a 't' ('Tashkend' for 'Tashkent'). Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

ITEM = """\
---
title: Russia puts salt on its food embargo list
date: 2016-09-14
source: Test Business News
---

# Russia puts salt on its food embargo list

Russia has added salt to the list of foods it will not buy from countries that imposed sanctions on it.

The state-owned Artemsol works at Soledar in the east has for years been the single largest foreign supplier of Russian salt.
"""


def test_a_russian_yo_written_e_is_the_known_name(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "yo_written_e",
                                      {"salt.md": ITEM}))
    assert "Soledar" in ask("Where is Artyomsol's salt works located?")


def test_a_turkish_c_for_j_is_the_known_name(real):
    r = real("search", "What was the title of the Azerbaycan State News Agency report of July "
             "2024 that Sakhri cites?", "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for" in r.err and "Azerbaijan" in r.err
    assert "Unite Their Armed Forces" in r.out.splitlines()[0]


def test_a_last_d_for_t_is_the_known_name(real):
    r = real("search", "Which SCO session did Nazarbayev attend in Tashkend in 2016?",
             "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for" in r.err and "Tashkent" in r.err
    assert "15th session of the Council of Heads of SCO member states" in r.out.splitlines()[0]
