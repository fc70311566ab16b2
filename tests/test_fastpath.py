"""The fast path (no Typer) and the Typer app must behave the same for `kzpk search`."""

from __future__ import annotations

import pytest

from conftest import run_kzpk

CASES = [
    ["search", "trade"],
    ["search", "trade", "--format", "json"],
    ["search", "bilateral", "trade", "-n", "2", "--format=tsv"],
    ["search", "trade", "--json", "--kind", "fact"],
    ["search", "summit", "--until", "2010", "--format", "jsonl"],
    ["search", "--limit", "1", "Musharaf", "--format", "plain"],
    ["search", "zzqqxxnotaword", "--json"],
    ["search", "trade", "--since", "soon"],
    ["search", "trade", "--format", "xml"],
    ["search", "trade", "--limit", "0"],
    ["search", ""],
]


@pytest.mark.parametrize("args", CASES, ids=[" ".join(c) for c in CASES])
def test_fast_path_matches_typer(home, args):
    assert run_kzpk(home, "index").code == 0
    fast = run_kzpk(home, *args)
    slow = run_kzpk(home, *args, env={"KZPK_NO_FASTPATH": "1"})
    assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err)


def test_fast_path_options_are_the_typer_options():
    import typer.main

    from kzpk.cli import app
    from kzpk.fastpath import SEARCH_FLAGS, SEARCH_OPTIONS

    command = typer.main.get_command(app).commands["search"]
    declared = {opt for p in command.params for opt in p.opts if opt.startswith("-")}
    declared -= {"--help"}
    assert declared == set(SEARCH_OPTIONS) | set(SEARCH_FLAGS)


def test_help_and_unknown_options_go_to_typer(home):
    r = run_kzpk(home, "search", "--help")
    assert r.code == 0 and "Example" in r.out
    r = run_kzpk(home, "search", "trade", "--frobnicate")
    assert r.code == 2 and "No such option" in r.err
