"""Test helpers. Most tests run kzpk in this process (`run_kzpk`, the `kz` and `real` fixtures),
against a home in a temp folder; a few run the installed console script (`run_script`)."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Subprocesses of the suite (the console script, concurrency tests) reuse byte-compiled modules
# instead of compiling kzpk and its libraries again on every start.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

SOURCE = """\
---
id: test-source
title: A Test Report on Kazakhstan and Pakistan
date: "2022-05-09"
kind: news
---
A Test Report on Kazakhstan and Pakistan

On 9th May 2022, a roundtable on trade was held in Islamabad. Ambassador Yerzhan Kistafin opened it.

Bilateral trade reached $138 million in 2023, according to the speakers. The Islamabad Policy Research Institute (IPRI) hosted a session on railways.

President Pervez Musharraf attended the CICA summit in Almaty on 4 June 2002.
"""

RECORDS = """\
- id: yerzhan-kistafin
  type: person
  name: Yerzhan Kistafin
  aliases: [Kistafin]
  roles:
    - title: Ambassador
      source: test-source
      passage: "test-source#p1"
      quote: Ambassador Yerzhan Kistafin opened it.
  sources:
    - {source: test-source, passage: "test-source#p1", quote: Ambassador Yerzhan Kistafin}
- id: pervez-musharraf
  type: person
  name: Pervez Musharraf
  aliases: [Musharraf]
  sources:
    - {source: test-source, passage: "test-source#p3", quote: President Pervez Musharraf}
- id: ipri
  type: organization
  name: Islamabad Policy Research Institute
  aliases: [IPRI]
  acronym: IPRI
  sources:
    - {source: test-source, passage: "test-source#p2", quote: The Islamabad Policy Research Institute (IPRI)}
- id: 2022-05-09-trade-roundtable
  type: event
  date: "2022-05-09"
  date_precision: day
  title: Trade roundtable in Islamabad
  summary: A meeting on commerce, opened by Kazakhstan's ambassador.
  actors: [yerzhan-kistafin]
  topics: [trade]
  sources:
    - {source: test-source, passage: "test-source#p1", quote: "On 9th May 2022, a roundtable on trade was held in Islamabad."}
    - {source: test-source, passage: "test-source#p1", quote: Ambassador Yerzhan Kistafin opened it.}
- id: 2002-06-04-cica-summit
  type: event
  date: "2002-06-04"
  date_precision: day
  title: First CICA summit
  summary: Musharraf took part in the summit of the Asian confidence-building conference.
  actors: [pervez-musharraf]
  topics: [multilateral]
  sources:
    - {source: test-source, passage: "test-source#p3", quote: President Pervez Musharraf attended the CICA summit in Almaty on 4 June 2002}
- id: trade-volume-2023
  type: fact
  subject: [yerzhan-kistafin]
  statement: Two-way commerce came to $138 million in 2023.
  value: 138000000
  unit: USD
  date: "2023"
  topics: [trade]
  note: "'the speakers' are those of the roundtable Yerzhan Kistafin opened (test-source#p1)"
  sources:
    - {source: test-source, passage: "test-source#p2", quote: Bilateral trade reached $138 million in 2023}
"""


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


class _Stream(io.StringIO):
    """A captured stdout/stderr/stdin; `tty=True` makes it claim to be a terminal."""

    def __init__(self, text: str = "", tty: bool = False):
        super().__init__(text)
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


class _ClosedPipe(_Stream):
    """A stdout whose reader has gone: every write fails as a closed pipe does."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def _env(home: Path | None, env: dict | None) -> dict:
    drop = ("KZPK_HOME", "FORCE_COLOR", "NO_COLOR", "PYTHONDONTWRITEBYTECODE")
    full = {k: v for k, v in os.environ.items() if k not in drop}
    full["COLUMNS"] = "120"
    if home is not None:
        full["KZPK_HOME"] = str(home)
    full.update(env or {})
    return full


def run_kzpk(home: Path | None, *args: str, stdin: str | None = None, env: dict | None = None,
             timeout: float = 120, tty: bool = False, closed: bool = False) -> Result:
    """`kzpk ARGS` run in this process (fast): kzpk.main.run with stdin, stdout, stderr, the
    environment and the working folder swapped for the call. `tty=True`: stdout and stderr claim
    to be a terminal; `closed=True`: stdout is a pipe its reader has closed. For the real console
    script in a new process, use run_script."""
    from kzpk.main import run

    saved = (sys.stdin, sys.stdout, sys.stderr, dict(os.environ), os.getcwd())
    out, err = (_ClosedPipe if closed else _Stream)(tty=tty), _Stream(tty=tty)
    os.environ.clear()
    os.environ.update(_env(home, env))
    os.chdir(home or REPO)
    sys.stdin, sys.stdout, sys.stderr = _Stream(stdin or ""), out, err
    try:
        code = run(list(args))
    except SystemExit as exc:  # nothing in kzpk should exit this way; report it as it would be
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved[0], saved[1], saved[2]
        os.environ.clear()
        os.environ.update(saved[3])
        os.chdir(saved[4])
    return Result(code, out.getvalue(), err.getvalue())


KZPK_SCRIPT = Path(sys.executable).with_name("kzpk")


def run_script(home: Path | None, *args: str, stdin: str | None = None, env: dict | None = None,
               timeout: float = 120) -> Result:
    """The installed console script `kzpk ARGS` in a new process, as a user runs it."""
    p = subprocess.run([str(KZPK_SCRIPT), *args], input=stdin, capture_output=True, text=True,
                       env=_env(home, env), timeout=timeout, cwd=home or REPO)
    return Result(p.returncode, p.stdout, p.stderr)


@pytest.fixture(autouse=True, scope="session")
def _one_click_command():
    """Typer builds the Click command from the app on every kzpk.cli.run (~40 ms of reading
    signatures and type hints); a process runs it once, the in-process suite hundreds of times.
    Build it once: each call still gets its own Click context, and the command functions still
    look up kzpk.commands at call time, so monkeypatching those works as before."""
    import typer.main

    from kzpk.cli import app

    build = typer.main.get_command
    command = build(app)

    def get_command(typer_instance):
        return command if typer_instance is app else build(typer_instance)

    typer.main.get_command = get_command
    yield
    typer.main.get_command = build


@pytest.fixture(autouse=True, scope="session")
def _one_word_table():
    """Each index build writes lemminflect's word table as sorted `word,part of speech` pairs
    (kzpk.question.write_lexicon): 0.2-0.4 s of inflating and sorting 600,000 lines into the
    same bytes every time. A process builds once; the in-process suite some fifty times. Keep
    those bytes for the session: write_lexicon still writes each generation's file, the pairs
    are still made by kzpk's code (once), and subprocess builds make them as a user's do."""
    import functools

    from kzpk import question

    saved = {name: getattr(question, name) for name in ("_inflated", "_pairs")
             if hasattr(question, name)}
    for name, function in saved.items():
        setattr(question, name, functools.cache(function))
    yield
    for name, function in saved.items():
        setattr(question, name, function)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the checkout's index or the user's cache by accident: KZPK_HOME
    points at a folder that does not exist (pass a home explicitly), the cache at a temp dir."""
    root = tmp_path_factory.mktemp("isolated")
    monkeypatch.setenv("KZPK_HOME", str(root / "no-home-given"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    monkeypatch.delenv("KZPK_NO_FASTPATH", raising=False)


def typed(*records: dict) -> list:
    """Records as the index snapshot gives them back (typed, frozen), from their JSON form."""
    from kzpk.records import record_from_dict

    return [record_from_dict({"sources": [], **r}) for r in records]


def make_home(root: Path, source: str = SOURCE, records: str = RECORDS) -> Path:
    (root / "records" / "sources").mkdir(parents=True)
    (root / "records" / "sources" / "test-source.md").write_text(source, encoding="utf-8")
    (root / "records" / "test.yaml").write_text(records, encoding="utf-8")
    return root


def add_items(home: Path, folder: Path, items: dict[str, str]) -> Path:
    """Write each news item (file name -> text) into `folder` and `kzpk add` it to `home`."""
    for name, text in items.items():
        doc = folder / name
        doc.write_text(text, encoding="utf-8")
        r = run_kzpk(home, "add", str(doc))
        assert r.code == 0, r.err
    return home


def search_plain(home: Path, query: str) -> tuple[int, str, str]:
    """(exit status, line 1 of plain output or "", stderr) of `kzpk search QUERY -n 1`: what a
    user sees, also when nothing is found."""
    r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
    return r.code, (r.out.splitlines() or [""])[0], r.err


def line1_of(home: Path):
    """A function asking `home` a query and giving line 1 of its plain output, as a user reads
    it (the search must succeed)."""
    def ask(query: str) -> str:
        r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
        assert r.code == 0, r.err
        return r.out.splitlines()[0]

    return ask


@pytest.fixture(scope="session")
def _indexed_fixture_home(tmp_path_factory) -> Path:
    root = make_home(tmp_path_factory.mktemp("fixture") / "home")
    r = run_kzpk(root, "index")
    assert r.code == 0, r.err
    return root


def copy_home(home: Path, to: Path) -> Path:
    """A copy of a home, index included. copytree keeps modification times, so a copy of a
    current index is current: its first command builds nothing."""
    shutil.copytree(home, to)
    return to


@pytest.fixture
def home(tmp_path: Path, _indexed_fixture_home: Path) -> Path:
    """The fixture home (SOURCE and RECORDS) as after its first use: indexed. The index is built
    once per session and copied (10 ms, not 50 ms of building). A test of what the first use of
    a home does makes its own with make_home(tmp_path / "home")."""
    return copy_home(_indexed_fixture_home, tmp_path / "home")


@pytest.fixture
def kz(home: Path):
    def call(*args: str, **kw) -> Result:
        return run_kzpk(home, *args, **kw)

    return call


@pytest.fixture(scope="session")
def real_home(tmp_path_factory) -> Path:
    """A copy of the project's own records (not what `kzpk add` may have extracted into a
    checkout), indexed once for the whole session. Tests only read it; see real_copy."""
    root = tmp_path_factory.mktemp("real") / "home"
    shutil.copytree(REPO / "records", root / "records", ignore=shutil.ignore_patterns("extracted"))
    r = run_kzpk(root, "index")
    assert r.code == 0, r.err
    return root


@pytest.fixture
def real_copy(real_home: Path, tmp_path: Path) -> Path:
    """A copy of real_home, index included, for a test that changes it: 30 ms instead of the
    seconds a build of the bundled corpus takes."""
    return copy_home(real_home, tmp_path / "real-copy")


@pytest.fixture
def real(real_home: Path):
    def call(*args: str, **kw) -> Result:
        return run_kzpk(real_home, *args, **kw)

    return call


def bundled_with_items(real_home: Path, tmp_path_factory, name: str,
                       items: dict[str, str]) -> Path:
    """A copy of real_home (the bundled records, indexed) to which the news items (file name ->
    text) were added with `kzpk add`: a user's pile on top of the bundled corpus."""
    root = tmp_path_factory.mktemp(name)
    return add_items(copy_home(real_home, root / "home"), root, items)


def items_asker(tmp_path_factory, name: str, items: dict[str, str], **home):
    """`line1_of` a new home (make_home, with `home`'s options) to which the news items
    (file name -> text) were added with `kzpk add`."""
    root = tmp_path_factory.mktemp(name)
    return line1_of(add_items(make_home(root / "home", **home), root, items))


EVAL = Path(__file__).resolve().parent.parent / "eval"


def answer_of(line: str) -> str:
    """Line 1 of plain output without the item's title after its last dash: the answer a test
    asserts on, not words the title happens to hold."""
    return line.rsplit(" — ", 1)[0]


def pile_asker(real_home: Path, tmp_path_factory, pile: str):
    """`line1_of` a copy of real_home to which every news item of the evaluation pile `pile`
    (eval/<pile>/docs) was added: the pile as a user would have it, on the bundled corpus."""
    docs = EVAL / pile / "docs"
    return line1_of(bundled_with_items(real_home, tmp_path_factory, pile,
                                       {p.name: p.read_text(encoding="utf-8")
                                        for p in sorted(docs.iterdir())}))
