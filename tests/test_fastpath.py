"""The fast path (kzpk/fastpath.py) is a copy of the Typer declaration's search and global
options; these tests hold the copy to the declaration, field by field, and both paths to the same
output."""

from __future__ import annotations

import copy

import pytest
import typer.main

from conftest import run_kzpk
from kzpk import fastpath
from kzpk.cli import app

_TYPES = {"TEXT": str, "STRING": str, "STR": str, "INT": int, "INTEGER": int, "BOOL": bool, "BOOLEAN": bool}


def declared(params) -> dict:
    """Click parameters as the fast path's table would write them, plus what it assumes."""
    out = {}
    for p in params:
        if p.param_type_name == "argument":
            out[p.name] = ("argument", p.nargs, p.required, p.multiple)
            continue
        kind = bool if p.is_flag else _TYPES[p.type.name.upper()]
        out[p.name] = (tuple(p.opts), kind, p.default, tuple(p.secondary_opts), p.multiple,
                       p.nargs, p.is_bool_flag, p.required, p.count, p.envvar)
    return out


def table(params, argument=None) -> dict:
    out = {p.name: (p.opts, p.type, p.default, (), False, 1, p.type is bool, False, False, None)
           for p in params}
    if argument:
        out[argument] = ("argument", -1, True, False)
    return out


def _root():
    return typer.main.get_command(app)


def test_search_options_are_the_declared_ones():
    command = _root().commands["search"]
    assert declared(command.params) == table(fastpath.SEARCH, argument="query")


def test_global_options_are_the_declared_ones():
    params = [p for p in _root().params if p.name != "version"]
    assert declared(params) == table(fastpath.GLOBAL)
    version = next(p for p in _root().params if p.name == "version")
    assert tuple(version.opts) == fastpath.VERSION and version.is_flag


def test_every_command_takes_the_global_options():
    for name, command in _root().commands.items():
        params = {p.name: p for p in command.params}
        assert declared([params[g.name] for g in fastpath.GLOBAL]) == table(fastpath.GLOBAL), name


def test_the_check_notices_a_changed_default_on_either_side():
    params = copy.deepcopy(_root().commands["search"].params)
    limit = next(p for p in params if p.name == "limit")
    limit.default = 20  # as if someone edited cli.py
    assert declared(params) != table(fastpath.SEARCH, argument="query")
    changed = tuple(p._replace(default=20) if p.name == "limit" else p for p in fastpath.SEARCH)
    assert declared(_root().commands["search"].params) != table(changed, argument="query")
    spelt = tuple(p._replace(opts=("--limit",)) if p.name == "limit" else p for p in fastpath.SEARCH)
    assert declared(_root().commands["search"].params) != table(spelt, argument="query")


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
    ["search", "trade", "-n=2"],
    ["search", "trade", "-f=json"],
    ["search", "trade", "--kind", "Events"],
    ["search", "trade", "--source", "nope"],
    ["search", "summit", "--actor", "Musharraf", "--topic", "multilateral"],
    ["search", "trade", "--topic", "nope"],
    ["--format", "json", "search", "trade", "-n", "1"],
    ["search", "trade", "-n", "1", "--format", "tsv", "--home", "."],
    ["--json", "search", "trade", "--format", "plain"],
    ["search", "trade", "--color", "sometimes"],
    ["search", ""],
    ["search", "trade", "--json=yes"],
    ["search"],
]


@pytest.mark.parametrize("args", CASES, ids=[" ".join(c) for c in CASES])
def test_fast_path_matches_typer(home, args):
    assert run_kzpk(home, "index").code == 0
    fast = run_kzpk(home, *args)
    slow = run_kzpk(home, *args, env={"KZPK_NO_FASTPATH": "1"})
    assert (fast.code, fast.out, fast.err) == (slow.code, slow.out, slow.err)


@pytest.mark.parametrize("args, expected", [
    (["search", "trade"], ("search", {}, {"limit": 10, "query": ["trade"]})),
    (["--home", "H", "search", "-n", "3", "x", "--json"],
     ("search", {"home": "H"}, {"limit": 3, "as_json": True, "query": ["x"]})),
    (["search", "--", "-x", "--json"], ("search", {}, {"query": ["-x", "--json"]})),
    (["-V"], ("version", {}, {})),
])
def test_fast_path_reads(args, expected):
    what, before, options = fastpath.parse(args)
    defaults = {p.name: p.default for p in fastpath.SEARCH}
    assert what == expected[0]
    if what == "search":
        assert before == {**{p.name: p.default for p in fastpath.GLOBAL}, **expected[1]}
        assert options == {**defaults, **expected[2]}


@pytest.mark.parametrize("args", [["search", "-n=2", "x"], ["search", "x", "--help"], ["search"],
                                  ["timeline"], ["search", "x", "--frob"], ["--version", "search"],
                                  ["search", "x", "-n"], ["search", "x", "-n", "two"],
                                  ["-fjson", "search", "x"]])
def test_anything_unusual_goes_to_typer(args):
    assert fastpath.parse(args) is None


def test_help_and_unknown_options_go_to_typer(home):
    r = run_kzpk(home, "search", "--help")
    assert r.code == 0 and "Example" in r.out
    r = run_kzpk(home, "search", "trade", "--frobnicate")
    assert r.code == 2 and "No such option" in r.err


def test_the_fast_paths_import_nothing_they_do_not_use(home):
    """`--version` needs no `re` or `typing`; a plain search no Typer, Rich, YAML or dataclasses."""
    import subprocess
    import sys

    assert run_kzpk(home, "index").code == 0
    code = ("import sys; from kzpk.main import run; run(sys.argv[1:]); "
            "print(sorted(m for m in {heavy} if m in sys.modules), file=sys.stderr)")
    light = ("typing", "re", "json", "typer", "rich", "whoosh", "yaml")
    p = subprocess.run([sys.executable, "-c", code.format(heavy=light), "--version"],
                       capture_output=True, text=True)
    assert p.stderr.strip() == "[]"
    heavy = ("typer", "rich", "yaml", "dataclasses", "inspect", "pydantic")
    p = subprocess.run([sys.executable, "-c", code.format(heavy=heavy), "--home", str(home),
                        "search", "trade", "-n", "1"], capture_output=True, text=True)
    assert p.stderr.strip().splitlines()[-1] == "[]", p.stderr
