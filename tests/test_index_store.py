"""The index under attack (issue 11): concurrent writers, changes during builds, failed builds,
damaged files, files that never end. Nothing added is lost; the last good index keeps answering.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, make_home, run_kzpk


def _popen(home: Path, *args: str, preexec=None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env["KZPK_HOME"] = str(home)
    return subprocess.Popen([sys.executable, "-m", "kzpk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=REPO,
                            preexec_fn=preexec)


def _generation(home: Path) -> str:
    return json.loads((home / "index" / "CURRENT").read_text())["generation"]


def _note(tmp_path: Path, name: str, first_line: str, word: str) -> Path:
    path = tmp_path / name
    path.write_text(f"{first_line}\n\nThe delegates discussed {word} at length in Almaty.\n")
    return path


# ------------------------------------------------------------------ 1. concurrent writers

def test_concurrent_adds_of_same_titled_files_keep_every_file(home, tmp_path):
    assert run_kzpk(home, "index").code == 0
    words = ["zebrafruit", "mangosteen", "quokkaberry", "lapisgrain"]
    files = [_note(tmp_path, f"n{i}.txt", "Press release", w) for i, w in enumerate(words)]
    procs = [_popen(home, "add", str(f)) for f in files]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    ids = sorted(o[0].split()[1].rstrip(":") for o in outs)
    assert ids == ["press-release", "press-release-2", "press-release-3", "press-release-4"]
    for word in words:  # each reported id holds its own file, and it is searchable
        r = run_kzpk(home, "search", word, "--json")
        assert r.code == 0, (word, r.err)
        sid = r.json()["results"][0]["source"]["id"]
        assert word in (home / "records" / "sources" / f"{sid}.md").read_text()
        assert sum(f"added {sid}:" in o[0] for o in outs) == 1


# ------------------------------------------------------------------ 2. every change gets indexed

def _hold_writer_lock(home: Path) -> int:
    fd = os.open(home / "index" / ".lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_an_add_that_cannot_index_says_so_and_the_next_command_indexes(home, tmp_path):
    assert run_kzpk(home, "index").code == 0
    doc = _note(tmp_path, "late.txt", "Late note", "pomelograin")
    fd = _hold_writer_lock(home)  # a long rebuild by another process
    try:
        code = ("import sys, kzpk.index_store as s; s.ADD_WAIT = 0.3; "
                "sys.argv = ['kzpk', 'add', sys.argv[1]]; from kzpk.main import main; main()")
        env = {**os.environ, "KZPK_HOME": str(home)}
        p = subprocess.run([sys.executable, "-c", code, str(doc)], capture_output=True,
                           text=True, env=env, cwd=REPO, timeout=60)
        assert p.returncode == 0 and p.stdout.startswith("added late-note")
        assert "not searchable yet: another kzpk process is writing the index" in p.stderr
    finally:
        os.close(fd)
    assert run_kzpk(home, "index").out.startswith("index built")  # not "up to date"
    assert run_kzpk(home, "search", "pomelograin").code == 0


def test_a_home_copied_with_its_file_times_needs_no_build(home, tmp_path):
    """The fingerprint holds relative names, sizes and times: a home moved or copied with
    `cp -a` keeps its index (and the suite's `home` fixture, such a copy, starts current)."""
    r = run_kzpk(home, "index")
    assert r.out.startswith("index up to date"), r.out + r.err
    moved = tmp_path / "elsewhere" / "home"
    shutil.copytree(home, moved)
    r = run_kzpk(moved, "search", "railways")
    assert r.code == 0 and not r.err
    assert run_kzpk(moved, "index").out.startswith(f"index up to date: {moved}/index/gen-")


def test_a_change_made_while_a_build_reads_is_seen_by_the_next_command(tmp_path):
    """The fingerprint is taken before the build reads: a file changed during the build makes
    the index stale, instead of being recorded as built."""
    home = make_home(tmp_path / "home")  # never indexed: `kzpk index` builds
    code = ("import kzpk.corpus as r, pathlib, sys\n"
            "load = r.load_corpus\n"
            "def slow(d):\n"
            "    c = load(d)\n"
            "    p = pathlib.Path(d) / 'late.yaml'\n"
            "    p.write_text('- id: late-person\\n  type: person\\n  name: Lateperson Zed\\n'\n"
            "                 '  sources: [{source: test-source, passage: \"test-source#p1\", '\n"
            "                 'quote: Ambassador Yerzhan Kistafin}]\\n')\n"
            "    return c\n"
            "r.load_corpus = slow\n"
            "sys.argv = ['kzpk', 'index']\n"
            "from kzpk.main import main; main()")
    env = {**os.environ, "KZPK_HOME": str(home)}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       cwd=REPO, timeout=60)
    assert p.returncode == 0, p.stderr
    r = run_kzpk(home, "search", "Lateperson", "--json")
    assert r.code == 0 and r.json()["results"][0]["id"] == "late-person"


def test_several_stale_readers_make_one_build(home):
    assert run_kzpk(home, "index").code == 0
    before = int(_generation(home)[4:])
    (home / "records" / "more.yaml").write_text(
        "- id: another-person\n  type: person\n  name: Quentin Another\n"
        "  sources: [{source: test-source, passage: \"test-source#p1\", "
        "quote: Ambassador Yerzhan Kistafin}]\n")
    readers = [_popen(home, "search", "trade") for _ in range(5)]
    for p in readers:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert int(_generation(home)[4:]) == before + 1
    assert run_kzpk(home, "search", "Quentin").code == 0


# ------------------------------------------------------------------ 3. readers and generations

def test_an_add_never_changes_a_file_a_reader_of_the_live_generation_may_open(home, tmp_path):
    from whoosh.qparser import QueryParser

    from kzpk.home import find_home
    from kzpk.index_store import ensure_index, open_index

    assert run_kzpk(home, "index").code == 0
    live = home / "index" / _generation(home)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in live.iterdir()}
    ix = open_index(ensure_index(find_home(str(home))))  # a reader, just before the adds
    searcher = ix.searcher()
    for i in range(3):
        doc = _note(tmp_path, f"a{i}.txt", f"Note {i}", f"kiwigrain{i}")
        assert run_kzpk(home, "add", str(doc)).code == 0
    assert live.is_dir()  # held by our reader: not deleted
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in live.iterdir()}
    assert after == before
    hits = searcher.search(QueryParser("text", ix.schema).parse("roundtable"))
    assert len(hits) >= 1 and hits[0]["id"]
    searcher.close()


# ------------------------------------------------------------------ 5. one bad file never stops queries

def _fsize_limit(nbytes: int):
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (nbytes, nbytes))
    return limit


def test_a_build_that_cannot_write_leaves_the_last_good_index_answering(home):
    assert run_kzpk(home, "index").code == 0
    (home / "records" / "more.yaml").write_text(
        "- id: another-person\n  type: person\n  name: Quentin Another\n"
        "  sources: [{source: test-source, passage: \"test-source#p1\", "
        "quote: Ambassador Yerzhan Kistafin}]\n")
    small = _fsize_limit(8_000)  # the posting file is larger: EFBIG, like a full disk
    p = _popen(home, "search", "railways", preexec=small)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 0 and out.strip()
    assert err.splitlines()[-1] == ("kzpk: the index could not be rebuilt (cannot write the index:"
                                    " File too large); answering from the last good index")
    p = _popen(home, "index", preexec=small)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 3 and "File too large" in err and "writer is closed" not in err
    assert not list((home / "index").glob(".build-*"))
    assert run_kzpk(home, "search", "Quentin").code == 0  # room again: built


def test_an_index_that_cannot_be_locked_still_answers(home):
    """A lock that cannot be opened (read-only, or here a folder in its place): the stale index
    answers with the real reason instead of the command failing."""
    assert run_kzpk(home, "index").code == 0
    (home / "records" / "test.yaml").write_text((home / "records" / "test.yaml").read_text() + "\n")
    (home / "index" / ".lock").unlink()
    (home / "index" / ".lock").mkdir()
    r = run_kzpk(home, "search", "railways")
    assert r.code == 0 and r.out.strip()
    assert r.err == (f"kzpk: the index could not be rebuilt (cannot write to {home}/index: "
                     "Is a directory); answering from the last good index\n")


def test_an_unexpected_build_error_keeps_the_last_good_index(home):
    assert run_kzpk(home, "index").code == 0
    (home / "records" / "test.yaml").write_text(
        (home / "records" / "test.yaml").read_text() + "\n")
    code = ("import sys, kzpk.index_documents as d\n"
            "def boom(corpus): raise MemoryError()\n"
            "d.corpus_documents = boom\n"
            "sys.argv = ['kzpk', 'search', 'railways']\n"
            "from kzpk.main import main; main()")
    env = {**os.environ, "KZPK_HOME": str(home)}
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       cwd=REPO, timeout=60)
    assert p.returncode == 0 and p.stdout.strip()
    assert p.stderr.splitlines()[-1] == ("kzpk: the index could not be rebuilt (building the "
                                         "index ran out of memory); answering from the last "
                                         "good index")


def test_invalid_records_are_parsed_once_not_on_every_query(home):
    assert run_kzpk(home, "index").code == 0
    (home / "records" / "bad.yaml").write_text("- id: x\n  type: nonsense\n")
    for _ in range(2):
        r = run_kzpk(home, "search", "railways")
        assert r.code == 0 and "records have problems" in r.err
    failed = json.loads((home / "index" / "FAILED").read_text())
    assert "records have problems" in failed["note"]
    (home / "records" / "bad.yaml").unlink()
    r = run_kzpk(home, "search", "railways")
    assert r.code == 0 and not r.err


# ------------------------------------------------------------------ 6. files that never end

def test_fifo_device_and_huge_files_are_refused_at_once(kz, home, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(4 * 1024**3)  # sparse: costs nothing on disk
    started = time.monotonic()
    r = kz("add", str(fifo), str(zero), str(huge))
    assert time.monotonic() - started < 20
    assert r.code == 2 and not r.out
    assert [line for line in r.err.splitlines() if line.startswith("error:")] == [
        f"error: {fifo}: not a regular file (a FIFO)",
        f"error: {zero}: not a regular file (a character device)",
        f"error: {huge}: too large (4096 MB; at most 20 MB)",
    ]


# ------------------------------------------------------------------ 7. damaged indexes heal

@pytest.mark.parametrize("damage", ["truncate-postings", "delete-terms", "break-snapshot",
                                    "break-aliases", "kzpk-index"])
def test_a_damaged_index_is_detected_and_rebuilt(home, damage):
    assert run_kzpk(home, "index").code == 0
    live = home / "index" / _generation(home)
    if damage == "kzpk-index":  # `kzpk index` does not call a damaged index up to date
        next(live.glob("*.pst")).write_bytes(b"")
        assert run_kzpk(home, "index").out.startswith("index built")
        return
    if damage == "truncate-postings":
        target = next(live.glob("*.pst"))
        target.write_bytes(target.read_bytes()[:100])
    elif damage == "delete-terms":
        target = next(live.glob("*.trm"))
        target.unlink()
    else:
        target = live / ("records.json" if damage == "break-snapshot" else "aliases.json")
        target.write_text("{not json")
    r = run_kzpk(home, "timeline", "--format", "plain")
    assert r.code == 0 and r.out.strip()
    assert r.err.startswith("kzpk: the index is damaged (") and r.err.endswith("); rebuilding it\n")
    assert r.err.count("\n") == 1
    r = run_kzpk(home, "search", "railways")
    assert r.code == 0 and not r.err


def test_current_can_only_name_a_generation_inside_the_index(home, tmp_path):
    assert run_kzpk(home, "index").code == 0
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "records.json").write_text('{"sources": [], "records": []}')
    from kzpk.index_store import fingerprint

    (home / "index" / "CURRENT").write_text(json.dumps({
        "generation": "../../elsewhere", "fingerprint": fingerprint(home / "records")}))
    r = run_kzpk(home, "search", "railways")
    assert r.code == 0 and "building the index" in r.err
    doc = _note(tmp_path, "n.txt", "Note", "durianseed")
    r = run_kzpk(home, "add", str(doc))
    assert r.code == 0
    assert [p.name for p in outside.iterdir()] == ["records.json"]
    assert _generation(home).startswith("gen-")
    assert run_kzpk(home, "search", "durianseed").code == 0


# ------------------------------------------------------------------ 8. exit codes and encodings

def test_add_that_cannot_write_its_source_says_why_and_leaves_nothing(home, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Big note\n\n" + "The caravan crossed the steppe. " * 2_000)
    p = _popen(home, "add", str(big), preexec=_fsize_limit(20_000))
    _, err = p.communicate(timeout=60)
    assert p.returncode == 3
    assert err == f"error: cannot write {home}/records/sources/big-note.md: File too large\n"
    assert sorted(p.name for p in (home / "records" / "sources").iterdir()) == ["test-source.md"]


def test_windows_1252_and_utf16_files_are_decoded(kz, tmp_path):
    cp = tmp_path / "cp.txt"
    cp.write_bytes("“Kudu…” said the envoy — café talks\n\nNothing more.\n".encode("cp1252"))
    u16 = tmp_path / "u16.txt"
    u16.write_bytes("Ünïcode note\n\nThe envoy spoke of Şymkent.\n".encode("utf-16"))
    r = kz("add", str(cp), str(u16))
    assert r.code == 0, r.err
    assert r.out.splitlines() == ["added kudu-said-the-envoy-cafe-talks: “Kudu…” said the envoy "
                                  "— café talks (1 passage)",
                                  "added unicode-note: Ünïcode note (1 passage)"]


# ------------------------------------------------------------------ 9. all at once

# Rounds of the stress test: each starts a rebuild, two adds of same-titled files and two
# searches at once. The default run races them twice (about a second); KZPK_STRESS_ROUNDS=40
# makes it a soak of a minute or so.
STRESS_ROUNDS = int(os.environ.get("KZPK_STRESS_ROUNDS", "2"))


def test_stress_concurrent_adds_searches_and_rebuilds_lose_nothing(home, tmp_path):
    """Adds, searches and rebuilds at once, in real processes; then every source on disk is
    searchable and no command failed."""
    running: list[tuple[list[str], subprocess.Popen]] = []
    failures: list[str] = []
    n = 0

    def start(*args: str) -> None:
        running.append((list(args), _popen(home, *args)))

    for _ in range(STRESS_ROUNDS):
        start("index", "--rebuild")
        for _ in range(2):  # two adds at once of files with the same first line
            n += 1
            doc = _note(tmp_path, f"s{n}.txt", "Press release", f"stressword{n}x")
            start("add", str(doc))
        start("search", "roundtable", "--format", "plain")
        start("search", "railways", "--format", "plain")
        while len(running) >= 8:
            args, p = running.pop(0)
            out, err = p.communicate(timeout=120)
            if p.returncode != 0:
                failures.append(f"{args}: exit {p.returncode}: {err}")
    for args, p in running:
        out, err = p.communicate(timeout=120)
        if p.returncode != 0:
            failures.append(f"{args}: exit {p.returncode}: {err}")
    assert not failures
    on_disk = sorted(p.stem for p in (home / "records" / "sources").glob("*.md"))
    assert len(on_disk) == n + 1  # every add kept its file
    queries = "\n".join(f"stressword{i}x" for i in range(1, n + 1))
    r = run_kzpk(home, "search", "-", "--format", "jsonl", stdin=queries)
    assert r.code == 0, r.err
    found = {json.loads(line)["query"] for line in r.out.splitlines()}
    assert found == {f"stressword{i}x" for i in range(1, n + 1)}


def test_an_add_killed_at_any_moment_loses_nothing_it_reported(home, tmp_path):
    """SIGKILL an add at moments spread over the time a whole add takes here (start-up, reading,
    writing the source, extracting, indexing): a source file is there whole or not at all, no
    temporary file is taken for a source, what an add reported stays, and the next command
    indexes what is there."""
    import signal

    started = time.monotonic()
    p = _popen(home, "add", str(_note(tmp_path, "whole.txt", "Whole note", "wholewordx")))
    out, err = p.communicate(timeout=60)
    whole = time.monotonic() - started  # one add from start to end, on this machine now
    assert p.returncode == 0 and out.startswith("added whole-note"), err
    for i, share in enumerate((0.1, 0.3, 0.5, 0.7, 0.9)):
        doc = _note(tmp_path, f"k{i}.txt", f"Killed note {i}", f"killword{i}x")
        p = _popen(home, "add", str(doc))
        time.sleep(share * whole)
        p.send_signal(signal.SIGKILL)
        p.communicate()
    added = [p for p in (home / "records" / "sources").glob("*.md") if p.name != "test-source.md"]
    assert "whole-note.md" in [p.name for p in added]
    for path in added:
        assert path.read_text().endswith("at length in Almaty.\n")
    r = run_kzpk(home, "validate")
    assert r.code == 0, r.out + r.err
    for path in added:
        word = path.read_text().split("discussed ")[1].split()[0]
        assert run_kzpk(home, "search", word).code == 0, word


def test_a_read_only_home_answers_queries_and_refuses_add_as_bad_input(home, tmp_path):
    """Needs a read-only bind mount (root in a container may make one); skipped elsewhere."""
    assert run_kzpk(home, "index").code == 0
    (home / "records" / "test.yaml").write_text((home / "records" / "test.yaml").read_text() + "\n")
    mounted = subprocess.run(f"mount --bind {home} {home} && mount -o remount,ro,bind {home}",
                             shell=True, capture_output=True).returncode == 0
    if not mounted:
        subprocess.run(["umount", "-l", str(home)], capture_output=True)
        pytest.skip("cannot make a read-only bind mount here")
    try:
        doc = _note(tmp_path, "ro.txt", "Read-only note", "quinceword")
        r = run_kzpk(home, "add", str(doc))
        assert r.code == 2
        assert r.err.startswith(f"error: cannot write to {home}/records/sources: not writable\n")
        r = run_kzpk(home, "search", "railways")  # stale, cannot rebuild: the old index answers
        assert r.code == 0 and r.out.strip()
        assert "Read-only file system); answering from the last good index" in r.err
    finally:
        subprocess.run(["umount", "-l", str(home)], capture_output=True)
