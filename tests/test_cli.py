"""The command line as a script or a person meets it: help, global options, exit codes, the error
boundary, closed pipes, terminals without colour, and the exact text of every output format."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
from pathlib import Path

import pytest
import typer.main

from conftest import KZPK_SCRIPT, _env, make_home, run_kzpk, run_script
from kzpk.cli import app
from kzpk.errors import INTERNAL, KzpkError

ESC = "\x1b"
COMMANDS = sorted(typer.main.get_command(app).commands)


@pytest.fixture
def ready(home):
    """The fixture home with its index built, and one file to add."""
    assert run_kzpk(home, "index").code == 0
    doc = home.parent / "note.txt"
    doc.write_text("Caravan note\n\nThe caravan reached Almaty with lapis.\n")
    return home


def each_command(home: Path) -> dict[str, list[str]]:
    """One ordinary call of every registered command (the test fails if one is missing); `add`
    gets a new document each time."""
    n = len(list(home.parent.glob('note-*')))
    new = home.parent / f"note-{n}.txt"
    # two people kzpk extracts (new names each call): one to accept, one to reject
    keep, drop = f"Zarina Kar{'abcdefghijklmnopqrstuvwxyz'[n % 26]}ova", \
        f"Daulet Sar{'abcdefghijklmnopqrstuvwxyz'[n % 26]}bek"
    new.write_text(f"Note {new.stem}\n\nA caravan reached Almaty ({new.stem}). Ambassador {keep} "
                   f"met Minister {drop} there.\n")
    calls = {"search": ["search", "trade"], "show": ["show", "test-source#p2"],
             "timeline": ["timeline"], "profile": ["profile", "Kistafin"],
             "compare": ["compare", "2002", "2022"], "add": ["add", str(new)],
             "review": ["review"], "accept": ["accept", keep.lower().replace(" ", "-")],
             "reject": ["reject", drop.lower().replace(" ", "-")],
             "index": ["index", "--rebuild"], "validate": ["validate"]}
    assert sorted(calls) == COMMANDS
    return calls


# ------------------------------------------------------------------ help and version

def test_every_registered_command_has_help_with_an_example():
    for name in COMMANDS:
        r = run_kzpk(None, name, "--help")
        assert r.code == 0 and r.out.startswith(f"Usage: kzpk {name}"), name
        assert "Example: kzpk " + name in r.out and "--home" in r.out and "--color" in r.out, name
        assert not re.search(r"<(int|str|text|integer)>", r.out), name  # a metavar says what it is


def test_bare_kzpk_prints_readable_help():
    r = run_kzpk(None)
    assert r.code == 2 and r.out == ""
    lines = r.err.splitlines()
    assert lines[0] == "Usage: kzpk [OPTIONS] COMMAND [ARGS]..." and len(lines) > 10
    assert all(any(line.split()[:1] == [c] for line in lines) for c in COMMANDS)


def test_version_both_spellings_on_both_paths():
    from kzpk import __version__

    for flag in ("-V", "--version"):
        assert run_kzpk(None, flag).out == f"kzpk {__version__}\n"
        r = run_kzpk(None, flag, env={"KZPK_NO_FASTPATH": "1"})
        assert (r.code, r.out) == (0, f"kzpk {__version__}\n")


# ------------------------------------------------------------------ global options

def test_global_options_work_after_the_subcommand(ready):
    for args in (["search", "trade", "-n", "1"], ["timeline"], ["profile", "Kistafin"],
                 ["validate"], ["index"]):
        before = run_kzpk(None, "--home", str(ready), "--format", "json", *args)
        after = run_kzpk(None, *args, "--home", str(ready), "--format", "json")
        assert before.code == 0 and (before.out, before.code) == (after.out, after.code), args
        json.loads(after.out)
    # an option after the subcommand wins over the same option before it
    r = run_kzpk(ready, "--format", "json", "timeline", "--format", "tsv")
    assert r.out.startswith("date\tdate_precision")


def test_kzpk_error_always_names_its_code():
    with pytest.raises(TypeError):
        KzpkError("which exit code?")  # type: ignore[call-arg]


# ------------------------------------------------------------------ the error boundary

def test_a_kzpk_error_is_one_line_and_its_own_code(ready, monkeypatch):
    import kzpk.commands

    def busy(*a, **k):
        raise KzpkError("another kzpk process is writing the index", INTERNAL, hint="try again")

    monkeypatch.setattr(kzpk.commands, "timeline", busy)
    r = run_kzpk(ready, "timeline")
    assert (r.code, r.out) == (3, "")
    assert r.err == "error: another kzpk process is writing the index\nhint: try again\n"


def test_an_unexpected_error_is_exit_3_and_one_line_naming_it(ready, monkeypatch):
    import kzpk.timeline

    def broken(*a, **k):
        raise ValueError("math domain error")

    monkeypatch.setattr(kzpk.timeline, "timeline", broken)
    r = run_kzpk(ready, "timeline")
    assert r.code == 3 and r.out == "" and r.err.count("\n") == 1
    assert r.err.startswith("error: internal fault in `kzpk timeline`: ValueError: math domain "
                            "error (at commands.py:")  # the innermost frame of kzpk's own code


def test_ctrl_c_is_130_and_says_so(ready, monkeypatch):
    import kzpk.query

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(kzpk.query.Searcher, "search", interrupted)
    for env in ({}, {"KZPK_NO_FASTPATH": "1"}):
        r = run_kzpk(ready, "search", "trade", env=env)
        assert (r.code, r.out, r.err) == (130, "", "kzpk: interrupted\n")


@pytest.mark.parametrize("fmt", ["plain", "json", "table"])
def test_a_closed_stdout_is_a_normal_end_for_every_command(ready, fmt):
    for env in ({}, {"KZPK_NO_FASTPATH": "1"}):
        for name, args in each_command(ready).items():
            r = run_kzpk(ready, *args, "--format", fmt, env=env, closed=True)
            assert r.code == 0 and "error" not in r.err, (name, env, r.err)


def _closed_pipe(home: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """The console script writing into a pipe whose reader is already gone."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run([str(KZPK_SCRIPT), *args], stdout=write, stderr=subprocess.PIPE,
                              text=True, env=_env(home, env), timeout=60)
    finally:
        os.close(write)


def test_a_closed_pipe_exits_0_in_a_real_process(ready):
    for args, env in ((["timeline"], {}), (["search", "trade", "-n50"], {}),
                      (["search", "trade"], {}), (["search", "trade"], {"KZPK_NO_FASTPATH": "1"}),
                      (["profile", "Kistafin"], {})):
        p = _closed_pipe(ready, *args, env=env)
        assert p.returncode == 0 and "error" not in p.stderr, (args, env, p.stderr)
    p = subprocess.run(["bash", "-c", f"set -o pipefail; '{KZPK_SCRIPT}' timeline | head -1"],
                       capture_output=True, text=True, env=_env(ready, None), timeout=60)
    assert p.returncode == 0 and p.stdout.startswith("2002-06-04 First CICA summit")


# ------------------------------------------------------------------ colour

@pytest.mark.parametrize("how", [{"env": {"NO_COLOR": "1"}}, {"args": ["--color", "never"]}])
def test_no_escape_codes_on_a_terminal_without_colour(ready, how):
    for name, args in each_command(ready).items():
        r = run_kzpk(ready, *args, *how.get("args", []), env=how.get("env"), tty=True)
        assert r.code == 0 and r.out.strip(), (name, r.err)
        assert ESC not in r.out and ESC not in r.err, name


def test_colour_on_a_terminal_and_when_asked(ready):
    assert ESC in run_kzpk(ready, "timeline", tty=True).out
    assert ESC in run_kzpk(ready, "timeline", "--format", "table", "--color", "always").out
    # --color always beats NO_COLOR, as no-color.org asks of an explicit flag
    assert ESC in run_kzpk(ready, "timeline", "--color", "always", env={"NO_COLOR": "1"},
                           tty=True).out
    r = run_kzpk(ready, "timeline", "--color", "sometimes")
    assert r.code == 2 and "--color: 'sometimes' is not one of auto, always, never" in r.err


def _on_a_pty(home: Path, *args: str, env: dict) -> tuple[int, str]:
    master, slave = pty.openpty()
    p = subprocess.Popen([str(KZPK_SCRIPT), *args], stdin=slave, stdout=slave, stderr=slave,
                         env=_env(home, env), close_fds=True)
    os.close(slave)
    out = b""
    while True:
        ready_fds, _, _ = select.select([master], [], [], 30)
        if not ready_fds:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the child closed its side
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return p.wait(timeout=30), out.decode("utf-8", "replace")


def test_no_color_on_a_real_terminal(ready):
    for args in (["timeline"], ["search", "trade"], ["show", "test-source#p2"]):
        code, out = _on_a_pty(ready, *args, env={"NO_COLOR": "1"})
        assert code == 0 and out.strip() and ESC not in out, args
    code, out = _on_a_pty(ready, "timeline", env={})
    assert code == 0 and ESC in out  # the same terminal does get colour without NO_COLOR



def test_the_index_build_bar_follows_color_on_a_real_terminal(tmp_path):
    # the first search builds the index; `add` reads its files: each shows a live bar on a
    # terminal, which redraws with escape codes, so only where colour is allowed
    docs = []
    for i in range(2):
        docs.append(tmp_path / f"doc{i}.txt")
        docs[-1].write_text(f"Islamabad, 4 February 2026. Talks number {i} on rail freight.\n")
    for n, how in enumerate(({"env": {"NO_COLOR": "1"}, "args": []},
                             {"env": {}, "args": ["--color", "never"]})):
        home = make_home(tmp_path / f"home{n}")
        code, out = _on_a_pty(home, "search", "trade", *how["args"], env=how["env"])
        assert code == 0 and "kzpk: building the index" in out and ESC not in out, how
        code, out = _on_a_pty(home, "add", *map(str, docs), *how["args"], env=how["env"])
        assert code == 0 and "[2/2] reading" in out and ESC not in out, how
    code, out = _on_a_pty(make_home(tmp_path / "home-colour"), "search", "trade", env={})
    assert code == 0 and "building the index" in out and ESC in out

# ------------------------------------------------------------------ nothing found

def test_nothing_found_is_exit_1_for_every_command(ready):
    cases = [["search", "zzqqxxnotaword"], ["timeline", "--topic", "energy"],
             ["profile", "Vladimir Putin"], ["compare", "1800", "1801"], ["show", "nope#p9"]]
    for args in cases:
        r = run_kzpk(ready, *args)
        assert r.code == 1 and r.out == "" and r.err.strip(), args
    r = run_kzpk(ready, "add", str(ready / "records" / "sources" / "test-source.md"))
    assert r.code == 1 and "not added again" in r.err
    (ready / "empty").mkdir()
    (ready / "empty" / "records").mkdir()
    assert run_kzpk(ready / "empty", "validate").code == 1


def test_an_empty_records_folder_is_a_clear_message(tmp_path):
    (tmp_path / "records" / "sources").mkdir(parents=True)
    for args in (["search", "trade"], ["timeline"], ["profile", "x"], ["compare", "2011", "2016"]):
        r = run_kzpk(tmp_path, *args)
        assert r.code == 1 and r.out == "", args
        assert f"error: no sources or records in {tmp_path / 'records'}" in r.err, args
        assert "internal fault" not in r.err


def test_a_batch_query_without_hits_leaves_a_trace(ready):
    r = run_kzpk(ready, "search", "-", "--format", "jsonl", stdin="trade\nzzqqxxnotaword\n")
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert r.code == 0 and {row["query"] for row in rows if row["id"]} == {"trade"}
    assert "'zzqqxxnotaword'" in r.err  # a note on stderr says it found nothing


# ------------------------------------------------------------------ checks shared by commands

def test_the_same_filter_accepts_the_same_values_in_search_and_timeline(ready):
    for value in ("event", "Events", "EVENT"):
        assert run_kzpk(ready, "search", "summit", "--kind", value).code == 0, value
        assert run_kzpk(ready, "timeline", "--kind", value).code == 0, value
    for args in (["search", "summit"], ["timeline"]):
        r = run_kzpk(ready, *args, "--kind", "bogus")
        assert r.code == 2 and r.err.startswith("error: --kind: 'bogus' is not one of ")
        r = run_kzpk(ready, *args, "--source", "nope")
        assert r.code == 2 and "error: --source: no source with id 'nope'" in r.err
        assert "hint: one of test-source" in r.err


def test_periods_wherever_the_contract_allows_them(ready):
    whole = run_kzpk(ready, "timeline", "--since", "2002", "--until", "2002").out
    assert "First CICA summit" in whole and "roundtable" not in whole
    for args in (["2002"], ["2001..2003"], ["--since", "2002..2002"], ["--until", "2001..2003"]):
        assert run_kzpk(ready, "timeline", *args).out == whole, args
    r = run_kzpk(ready, "search", "summit", "--since", "2001..2003", "--kind", "event")
    assert r.code == 0 and "First CICA summit" in r.out
    r = run_kzpk(ready, "timeline", "2002", "--since", "2001")
    assert r.code == 2 and "give a period once" in r.err
    r = run_kzpk(ready, "timeline", "2003..2001")
    assert r.code == 2 and "ends before it starts" in r.err


# ------------------------------------------------------------------ tables

LONG_ID = "2002-06-04-a-very-long-identifier-for-an-event-that-must-never-be-cut-at-all"


def test_ids_are_never_cut_in_a_narrow_table(ready):
    records = ready / "records" / "test.yaml"
    records.write_text(records.read_text().replace("2002-06-04-cica-summit", LONG_ID))
    for args in (["timeline"], ["search", "CICA", "summit", "--kind", "event"]):
        r = run_kzpk(ready, *args, "--format", "table", env={"COLUMNS": "80"})
        assert r.code == 0, r.err
        assert LONG_ID in r.out, args
        assert max(len(line) for line in r.out.splitlines()) <= 80


def test_show_marks_the_item_asked_for(ready):
    r = run_kzpk(ready, "show", "test-source#p2", "--format", "table")
    lines = r.out.splitlines()
    target = next(i for i, line in enumerate(lines) if line.startswith("▶ test-source#p2"))
    assert lines[0] == "previous passage test-source#p1"
    assert any(line == "next passage test-source#p3" for line in lines[target:])



def test_show_says_a_facts_statement_and_a_passages_title_once(ready):
    # a fact's text starts with its statement, a passage's source title is its title
    r = run_kzpk(ready, "show", "trade-volume-2023", "--format", "table")
    assert r.code == 0, r.err
    assert r.out.count("Two-way commerce came to $138 million in 2023") == 1, r.out
    assert "Source: “Bilateral trade reached $138 million in 2023”" in r.out
    r = run_kzpk(ready, "show", "trade-volume-2023", "--format", "plain")
    assert r.out == ("trade-volume-2023 [fact] 2023 Two-way commerce came to $138 million in 2023. "
                     "Source: “Bilateral trade reached $138 million in 2023”\n")
    r = run_kzpk(ready, "show", "test-source#p2", "--format", "table")
    assert r.out.count("A Test Report on Kazakhstan and Pakistan") == 1, r.out

# ------------------------------------------------------------------ exact output

TIMELINE_PLAIN = """\
2002-06-04 First CICA summit [Pervez Musharraf] (2002-06-04-cica-summit)
2022-05-09 Trade roundtable in Islamabad [Yerzhan Kistafin] (2022-05-09-trade-roundtable)
"""
TIMELINE_TSV = """\
date\tdate_precision\tend_date\tid\ttitle\tactors\ttopics\tsource\tstatus
2002-06-04\tday\t\t2002-06-04-cica-summit\tFirst CICA summit\tpervez-musharraf\tmultilateral\ttest-source\tcurated
2022-05-09\tday\t\t2022-05-09-trade-roundtable\tTrade roundtable in Islamabad\tyerzhan-kistafin\ttrade\ttest-source\tcurated
"""
EVENT_2002 = {
    "id": "2002-06-04-cica-summit", "kind": "event", "date": "2002-06-04",
    "date_precision": "day", "end_date": None, "when": "2002-06-04", "title": "First CICA summit",
    "summary": "Musharraf took part in the summit of the Asian confidence-building conference.",
    "actors": [{"id": "pervez-musharraf", "name": "Pervez Musharraf", "type": "person"}],
    "topics": ["multilateral"], "place": None,
    "sources": [{"source": "test-source", "passage": "test-source#p3",
                 "quote": "President Pervez Musharraf attended the CICA summit in Almaty on 4 June 2002",
                 "title": "A Test Report on Kazakhstan and Pakistan"}],
    "date_note": None, "links": [], "status": "curated", "note": None}


def test_exact_output_plain_tsv_json_jsonl(ready):
    assert run_kzpk(ready, "timeline").out == TIMELINE_PLAIN  # plain: the default in a pipe
    assert run_kzpk(ready, "timeline", "--format", "tsv").out == TIMELINE_TSV
    r = run_kzpk(ready, "timeline", "2002", "--json")
    assert r.out == json.dumps({"events": [EVENT_2002]}, indent=2, ensure_ascii=False) + "\n"
    r = run_kzpk(ready, "timeline", "2002", "--format", "jsonl")
    assert r.out == json.dumps({**EVENT_2002, "source": "test-source"}, ensure_ascii=False) + "\n"
    r = run_kzpk(ready, "search", "Kistafin", "--kind", "entity", "--format", "tsv")
    assert r.out.splitlines()[0] == "rank\tscore\tkind\tid\tdate\ttitle\tsnippet\tsource"
    assert r.out.splitlines()[1].startswith("1\t") and "\tyerzhan-kistafin\t" in r.out


def test_exact_output_of_validate_index_and_add(ready):
    r = run_kzpk(ready, "validate")
    assert (r.code, r.out) == (0, "ok: 1 source (3 passages), 6 records "
                                  "(2 event, 1 fact, 1 organization, 2 person)\n")
    assert json.loads(run_kzpk(ready, "validate", "--json").out) == {
        "sources": 1, "passages": 3, "records": 6, "problems": [],
        "types": {"event": 2, "fact": 1, "organization": 1, "person": 2}}
    assert run_kzpk(ready, "validate", "--format", "tsv").out == "where\tproblem\n"
    r = run_kzpk(ready, "index", "--format", "tsv")
    assert r.out.startswith("status\tpath\nup to date\t") and r.code == 0
    r = run_kzpk(ready, "add", str(ready.parent / "note.txt"), "--format", "plain")
    assert (r.code, r.out) == (0, "added caravan-note: Caravan note (1 passage)\n")
    (ready / "records" / "broken.yaml").write_text("- id: x1\n  type: planet\n")
    r = run_kzpk(ready, "validate", "--format", "jsonl")
    problems = [json.loads(line) for line in r.out.splitlines()]
    assert r.code == 2 and r.err == f"error: {len(problems)} problem{'s' * (len(problems) != 1)} found\n"
    assert problems[0]["where"] == "records/broken.yaml:2" and "planet" in problems[0]["problem"]


def test_the_console_script_runs(ready):
    r = run_script(ready, "search", "trade", "--format", "jsonl", "-n", "2")
    assert r.code == 0 and len(r.out.splitlines()) == 2
    r = run_script(ready, "timeline", "--bogus")
    assert r.code == 2 and r.err.startswith("error: No such option: --bogus")
    assert "hint: see 'kzpk timeline --help'" in r.err


def test_a_date_filter_says_which_undated_sources_it_leaves_out(ready):
    (ready / "records" / "sources" / "undated-note.md").write_text(
        "---\nid: undated-note\ntitle: An undated note\n---\nAn undated note\n\nTrade grew.\n")
    r = run_kzpk(ready, "search", "trade", "--since", "2020")
    assert r.code == 0 and "kzpk: --since/--until: 1 undated source not searched (undated-note)" in r.err
    assert "undated" not in run_kzpk(ready, "search", "trade").err
