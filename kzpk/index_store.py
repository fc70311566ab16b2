"""The index on disk: fingerprint, writer lock, generations, building, adding, opening.

Layout under <home>/index/:
    CURRENT          JSON naming the live generation and the fingerprint of records/ it was built from
    gen-<N>/         one complete Whoosh index, plus records.json and aliases.json snapshots
    .lock            held (flock) by whoever writes; readers never take it
    .build-<N>/      a build in progress; renamed to gen-<N> when complete

A build writes a whole new generation, then replaces CURRENT by rename: readers see the old index
or the new one, never half of one, and a killed build leaves only a .build dir that the next build
removes. What each document holds is kzpk/index_documents.py's job. Every Whoosh call lives here,
in index_documents.py (the schema) and in query.py, so a swap of Whoosh forks is three files.
"""

from __future__ import annotations

import json
import os
import sys
import time
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from kzpk.errors import INTERNAL, USAGE, KzpkError
from kzpk.home import Home

if TYPE_CHECKING:
    from pathlib import Path

    from kzpk.sources import Source

CURRENT = "CURRENT"
LOCK = ".lock"
KEEP_GENERATIONS = 2  # the live one and the one before, for readers that opened it just now
FORMAT_VERSION = 1


# ------------------------------------------------------------------ fingerprint

def fingerprint(records_dir: str | Path) -> str:
    """Names, sizes and mtimes of every record and source file: a stat per file, no reading."""
    parts: list[str] = []
    for folder in (records_dir, os.path.join(records_dir, "sources"),
                   os.path.join(records_dir, "extracted")):
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for e in entries:
            if e.name.startswith(".") or not e.name.endswith((".yaml", ".yml", ".md")):
                continue
            try:
                st = e.stat()
            except OSError:
                continue
            parts.append(f"{os.path.basename(folder)}/{e.name}:{st.st_size}:{st.st_mtime_ns}")
    blob = "\n".join(parts).encode()
    return f"v{FORMAT_VERSION}-{len(parts)}-{zlib.crc32(blob):08x}"


# ------------------------------------------------------------------ state

class IndexState(NamedTuple):
    path: str  # the generation folder
    fingerprint: str
    built: float


def read_state(index_dir: str | Path) -> IndexState | None:
    try:
        with open(os.path.join(index_dir, CURRENT), encoding="utf-8") as fh:
            data = json.load(fh)
        gen = os.path.join(index_dir, data["generation"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not os.path.isfile(os.path.join(gen, "records.json")):
        return None
    return IndexState(gen, data.get("fingerprint", ""), data.get("built", 0.0))


def _write_state(index_dir: str | Path, generation: str, fp: str) -> None:
    tmp = os.path.join(index_dir, f".{CURRENT}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump({"generation": generation, "fingerprint": fp, "built": time.time()}, fh)
    os.replace(tmp, os.path.join(index_dir, CURRENT))


class WriterLock:
    """An exclusive flock on index/.lock; the kernel drops it when the holder dies."""

    def __init__(self, index_dir: str | Path):
        self.dir = index_dir
        self.path = os.path.join(index_dir, LOCK)
        self.fd: int | None = None

    def acquire(self, wait: float = 0.0) -> bool:
        import fcntl

        os.makedirs(self.dir, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(self.fd)
                    self.fd = None
                    return False
                time.sleep(0.05)

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


# ------------------------------------------------------------------ building

Progress = Callable[[int, int], None]


def _write_documents(gen_dir: Path, docs: list[dict], progress: Progress | None) -> None:
    from whoosh import index as windex

    from kzpk.index_documents import make_schema

    ix = windex.create_in(str(gen_dir), make_schema())
    big = len(docs) > 20000
    # Whoosh's multiprocess writer pays off only for large piles; it forks, so it is Linux-cheap.
    # compound=False: a reader maps each segment file directly; whoosh3 copies every file out of
    # a compound segment into memory on open, 130 ms per query at 100,000 passages.
    writer = (ix.writer(procs=2, limitmb=192, multisegment=True, compound=False) if big
              else ix.writer(limitmb=128, compound=False))
    try:
        for i, doc in enumerate(docs, 1):
            writer.add_document(**doc)
            if progress and (i % 500 == 0 or i == len(docs)):
                progress(i, len(docs))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise


def _next_generation(index_dir: Path) -> str:
    """The number after any generation or build folder there is, even a killed one."""
    numbers = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    numbers += [int(p.name[7:]) for p in index_dir.glob(".build-*") if p.name[7:].isdigit()]
    return f"{max(numbers, default=0) + 1:06d}"


def _cleanup(index_dir: Path, live: str) -> None:
    """Remove what killed builds left behind and generations older than the one before."""
    import shutil

    for p in index_dir.glob(".build-*"):
        shutil.rmtree(p, ignore_errors=True)
    for p in index_dir.glob(f".{CURRENT}.*.tmp"):
        p.unlink(missing_ok=True)
    gens = sorted(p.name for p in index_dir.glob("gen-*") if p.is_dir())
    for name in gens:
        if name != live and name < live and gens.index(name) < len(gens) - KEEP_GENERATIONS:
            shutil.rmtree(index_dir / name, ignore_errors=True)


def _source_entry(s: Source) -> dict:
    """A source as the records.json snapshot lists it."""
    return {"id": s.id, "title": s.title, "date": s.date, "place": s.place,
            "publisher": s.publisher, "kind": s.kind, "passages": len(s.passages)}


def build_index(home: Home, progress: Progress | None = None, wait: float = 60.0) -> IndexState:
    """Validate records, build a new generation, swap it in. Raises KzpkError(2) on bad records."""
    from pathlib import Path

    from kzpk.index_documents import alias_table, corpus_documents
    from kzpk.records import load_corpus, record_to_dict

    corpus = load_corpus(home.records)
    if corpus.problems:
        raise InvalidRecords(corpus.problems)
    index_dir = Path(home.index)
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KzpkError(f"cannot create the index folder {index_dir}: {exc.strerror}", INTERNAL) from None
    lock = WriterLock(index_dir)
    if not lock.acquire(wait):
        raise KzpkError("another kzpk process is writing the index; try again when it is done",
                        INTERNAL)
    try:
        fp = fingerprint(home.records)
        number = _next_generation(index_dir)
        build_dir = index_dir / f".build-{number}"
        _cleanup(index_dir, f"gen-{number}")
        build_dir.mkdir()
        _write_documents(build_dir, corpus_documents(corpus), progress)
        snapshot = {
            "sources": [_source_entry(s) for s in corpus.sources],
            "records": [record_to_dict(r) for r in corpus.records],
        }
        (build_dir / "records.json").write_text(json.dumps(snapshot, ensure_ascii=False))
        (build_dir / "aliases.json").write_text(json.dumps(alias_table(corpus.records),
                                                           ensure_ascii=False))
        os.replace(build_dir, index_dir / f"gen-{number}")
        _write_state(index_dir, f"gen-{number}", fp)
        _cleanup(index_dir, f"gen-{number}")
        return IndexState(str(index_dir / f"gen-{number}"), fp, time.time())
    finally:
        lock.release()


class InvalidRecords(KzpkError):
    def __init__(self, problems: list[str]):
        n = len(problems)
        super().__init__(f"{n} problem{'s' * (n != 1)} in the records; the index was not rebuilt",
                         USAGE, hint="run `kzpk validate` for the full list")
        self.problems = problems


def add_documents(home: Home, sources: list[Source]) -> IndexState:
    """Add new sources' passages to the live generation: one Whoosh commit, no rebuild."""
    state = read_state(home.index)
    lock = WriterLock(home.index)
    if not lock.acquire(30.0):
        raise KzpkError("another kzpk process is writing the index; try again when it is done", INTERNAL)
    try:
        from whoosh import index as windex

        from kzpk.index_documents import passage_document

        state = read_state(home.index)
        if state is None:
            raise KzpkError("no index to add to", INTERNAL)
        ix = windex.open_dir(str(state.path))
        writer = ix.writer(limitmb=128, compound=False)
        try:
            for src in sources:
                for p in src.passages:
                    writer.update_document(**passage_document(p, src))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        snap_path = os.path.join(state.path, "records.json")
        with open(snap_path, encoding="utf-8") as fh:
            snap = json.load(fh)
        known = {s["id"] for s in snap["sources"]}
        snap["sources"] += [_source_entry(s) for s in sources if s.id not in known]
        tmp = snap_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(snap, fh, ensure_ascii=False)
        os.replace(tmp, snap_path)
        fp = fingerprint(home.records)
        _write_state(home.index, os.path.basename(state.path), fp)
        return IndexState(state.path, fp, time.time())
    finally:
        lock.release()


# ------------------------------------------------------------------ opening

def _note(message: str) -> None:
    print(f"kzpk: {message}", file=sys.stderr)


def ensure_index(home: Home, quiet: bool = False) -> IndexState:
    """The live index, (re)built first when missing or stale.

    A reader never waits on a writer: when someone else holds the lock and an index exists, the
    existing one answers (with a note if it is stale)."""
    state = read_state(home.index)
    if state is not None and state.fingerprint == fingerprint(home.records):
        return state
    if not os.path.isdir(home.records):
        raise KzpkError(f"no records folder at {home.records}", USAGE,
                        hint="pass --home PATH or set KZPK_HOME to a folder holding records/")
    lock = WriterLock(home.index)
    if not lock.acquire(0.0):
        if state is not None:
            _note("the index is being rebuilt by another process; answering from the current one")
            return state
        _note("waiting for another process to finish building the index")
        if not lock.acquire(120.0):
            raise KzpkError("timed out waiting for the index build of another process", INTERNAL)
    lock.release()
    why = "building the index" if state is None else "records changed; rebuilding the index"
    try:
        return build_with_progress(home, why, quiet)
    except InvalidRecords:
        if state is not None:
            _note("records have problems (run `kzpk validate`); answering from the last good index")
            return state
        raise


def build_with_progress(home: Home, why: str, quiet: bool = False) -> IndexState:
    if quiet:
        return build_index(home)
    if not sys.stderr.isatty():
        _note(why)
        return build_index(home)
    from rich.progress import Progress as Bar

    with Bar(transient=True) as bar:
        task = bar.add_task(why, total=None)
        return build_index(home, lambda i, n: bar.update(task, completed=i, total=n))


def open_index(state: IndexState):
    from whoosh import index as windex
    from whoosh.index import EmptyIndexError, IndexError as WhooshIndexError

    try:
        return windex.open_dir(str(state.path))
    except (EmptyIndexError, WhooshIndexError, OSError) as exc:
        raise KzpkError(f"the index at {state.path} cannot be opened ({exc})", INTERNAL,
                        hint="run `kzpk index --rebuild`") from None


def load_snapshot(state: IndexState) -> dict:
    with open(os.path.join(state.path, "records.json"), encoding="utf-8") as fh:
        return json.load(fh)


def load_aliases(state: IndexState) -> dict[str, list[str]]:
    try:
        with open(os.path.join(state.path, "aliases.json"), encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}
