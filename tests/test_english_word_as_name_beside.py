"""A name the query spells as an English word, beside a name the documents write ('Gamma Baksh'
where they write 'Gama Baksh'): searched as the name written beside it, and said so on
stderr."""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

ITEM = """---
title: "Wrestler Gama Baksh remembered in Multan"
date: "2021-03-02"
source: "Multan Sports Diary"
---

MULTAN — Wrestlers gathered in Multan on Sunday to remember Gama Baksh, the champion who died
on March 14, 1971, at his home in the old city.
"""


def test_gamma_baksh_is_gama_baksh(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"gama.md": ITEM})
    r = run_kzpk(home, "search", "When did Gamma Baksh die?", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0, r.err
    assert "March 14, 1971" in r.out.splitlines()[0]
    assert "Gama Baksh" in r.err
