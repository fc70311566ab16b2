"""The index on disk: fingerprint, locks, generations, building, adding, opening, healing.

Layout under <home>/index/:
    CURRENT          JSON naming the live generation and the fingerprint of records/ it was built from
    gen-<N>/         one complete Whoosh index, plus
        records.json     the records and sources snapshot (what timeline, profile, compare read)
        aliases.json     alias table for query expansion
        initials.json    the initials of the names the documents write out (a search reads it
                         only for an acronym no document writes)
        english.csv      the English parts of speech a search reads (kzpk/question.py)
        inputs.json      every records/ file the generation holds, with the size and mtime it had
        manifest.json    the size of every file of the generation, to detect damage on open
        .readers         readers hold a shared flock on it; a generation is deleted only unheld
    .lock            held (flock) by whoever writes a generation; readers never take it
    .sources.lock    held by `add` while it picks a source id and writes the file
    FAILED           the fingerprint of records that failed validation, so that queries do not
                     parse them again and again (other failures, a full disk, are retried)
    .build-<N>/      a generation being written; renamed to gen-<N> when complete

Every write makes a whole new generation (an add hard-links the live one's files and adds a
segment), then replaces CURRENT by rename: readers see the old index or the new one, never half
of one, and no file a reader may open is ever changed or deleted under it. A killed writer leaves
only a .build dir that the next writer removes. The fingerprint a generation records is taken
(a stat per file) under the lock *before* its files are read, so a change made during a build is
seen as a change by the next command. What each document holds is kzpk/index_documents.py's job.
"""

from __future__ import annotations

import errno
import json
import os
import re
import sys
import time
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from kzpk.errors import INTERNAL, USAGE, KzpkError
from kzpk.home import Home
from kzpk.tuples import named_tuple

if TYPE_CHECKING:
    from pathlib import Path

    from kzpk.sources import Source

CURRENT = "CURRENT"
LOCK = ".lock"
SOURCES_LOCK = ".sources.lock"
FAILED = "FAILED"
READERS = ".readers"
INPUTS = "inputs.json"
MANIFEST = "manifest.json"
INITIALS = "initials.json"
ALIASES = "aliases.json"  # folded name -> the other names of its entity (alias_table)
INITIALS_SHORTEST, INITIALS_LONGEST = 3, 6  # letters of an acronym the table keeps
FORMAT_VERSION = 11
ADD_WAIT = 10.0  # seconds an add waits for another writer before leaving the indexing to later
_GENERATION = re.compile(r"^gen-\d{6,}$")


# ------------------------------------------------------------------ fingerprint

def scan(records_dir: str | Path) -> list[list]:
    """[relative name, size, mtime_ns] of every record and source file: a stat each, no reading."""
    entries: list[list] = []
    for prefix in ("", "sources/", "extracted/"):
        folder = os.path.join(records_dir, prefix)
        try:
            found = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for e in found:
            if e.name.startswith(".") or not e.name.endswith((".yaml", ".yml", ".md")):
                continue
            try:
                st = e.stat()
            except OSError:
                continue
            entries.append([prefix + e.name, st.st_size, st.st_mtime_ns])
    return entries


def digest(entries: list[list]) -> str:
    blob = "\n".join(f"{n}:{s}:{m}" for n, s, m in entries).encode()
    return f"v{FORMAT_VERSION}-{len(entries)}-{zlib.crc32(blob):08x}"


def fingerprint(records_dir: str | Path) -> str:
    return digest(scan(records_dir))


# ------------------------------------------------------------------ state

@named_tuple
class IndexState:
    path: str  # the generation folder
    fingerprint: str


def read_state(index_dir: str | Path) -> IndexState | None:
    """The live generation CURRENT names; None if there is none (or CURRENT names anything else
    than a generation folder inside index/)."""
    try:
        with open(os.path.join(index_dir, CURRENT), encoding="utf-8") as fh:
            data = json.load(fh)
        name = data["generation"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(name, str) or not _GENERATION.match(name):
        return None
    gen = os.path.join(index_dir, name)
    if not os.path.isdir(gen):
        return None
    return IndexState(gen, str(data.get("fingerprint", "")))


def _write_json(path: str, data) -> None:
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _write_state(index_dir: str | Path, generation: str, fp: str) -> None:
    _write_json(os.path.join(index_dir, CURRENT),
                {"generation": generation, "fingerprint": fp, "built": time.time()})


def find_damage(state: IndexState) -> str | None:
    """What is wrong with a generation's files (missing, truncated, grown), or None: a stat per
    file, cheap enough for every command."""
    try:
        with open(os.path.join(state.path, MANIFEST), encoding="utf-8") as fh:
            sizes = json.load(fh)
        if not isinstance(sizes, dict):
            raise ValueError
    except OSError:
        return f"{MANIFEST} is missing"
    except ValueError:
        return f"{MANIFEST} is unreadable"
    for name, size in sizes.items():
        try:
            actual = os.stat(os.path.join(state.path, name)).st_size
        except OSError:
            return f"{name} is missing"
        if actual != size:
            return f"{name} has {actual} bytes instead of {size}"
    return None


def is_current(home: Home, state: IndexState | None) -> bool:
    """The live index holds exactly what records/ holds now, and its files are whole."""
    return (state is not None and state.fingerprint == fingerprint(home.records)
            and find_damage(state) is None)


# ------------------------------------------------------------------ locks

class WriterLock:
    """An exclusive flock on a file in index/; the kernel drops it when the holder dies.

    Re-entrant within a process: a command that holds it can call a function that takes it."""

    _held: dict[str, list] = {}  # path -> [fd, depth]

    def __init__(self, index_dir: str | Path, name: str = LOCK):
        self.dir = index_dir
        self.path = os.path.join(index_dir, name)
        self.fd: int | None = None

    def acquire(self, wait: float = 0.0) -> bool:
        import fcntl

        held = self._held.get(self.path)
        if held is not None:
            held[1] += 1
            self.fd = held[0]
            return True
        try:
            os.makedirs(self.dir, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise write_error(exc, f"cannot write to {self.dir}") from None
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self._held[self.path] = [fd, 1]
                self.fd = fd
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(0.02)

    def release(self) -> None:
        held = self._held.get(self.path)
        if self.fd is None or held is None:
            return
        held[1] -= 1
        if held[1] == 0:
            del self._held[self.path]
            os.close(held[0])
        self.fd = None

    def __enter__(self) -> "WriterLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


_reading: dict[str, tuple[str, int]] = {}  # index folder -> (generation, fd of its .readers)


def hold_for_reading(index_dir: str | Path, state: IndexState) -> IndexState | None:
    """Take a shared lock on the generation so that no writer deletes it while this process reads
    it. Never waits: if the generation is being deleted, follow CURRENT to the newer one."""
    import fcntl

    for _ in range(50):
        if _reading.get(str(index_dir), ("", 0))[0] == state.path:
            return state
        path = os.path.join(state.path, READERS)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            fd = None
        if fd is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                if os.stat(path).st_ino == os.fstat(fd).st_ino:  # not deleted meanwhile
                    # One generation per index and process: a command reads one.
                    previous = _reading.pop(str(index_dir), None)
                    if previous is not None:
                        os.close(previous[1])
                    if len(_reading) >= 32:  # a long-lived process (tests) with many homes
                        os.close(_reading.pop(next(iter(_reading)))[1])
                    _reading[str(index_dir)] = (state.path, fd)
                    return state
            except OSError:
                pass
            os.close(fd)
        newer = read_state(index_dir)
        if newer is None:
            return None
        if newer.path == state.path and fd is None:
            return None  # CURRENT names a generation without its .readers file: damaged
        state = newer
    return None


# ------------------------------------------------------------------ errors

class InvalidRecords(KzpkError):
    def __init__(self, problems: list[str]):
        n = len(problems)
        super().__init__(f"{n} problem{'s' * (n != 1)} in the records; the index was not rebuilt",
                         USAGE, hint="run `kzpk validate` for the full list")
        self.problems = problems


def write_error(exc: OSError, what: str) -> KzpkError:
    """An OSError while writing, as the user should see it: the real cause, the right code."""
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return KzpkError(f"{what}: {reason}", USAGE,
                         hint="kzpk needs a home it can write to; pass --home or set KZPK_HOME")
    return KzpkError(f"{what}: {reason}", INTERNAL)


def _build_error(exc: BaseException) -> KzpkError:
    if isinstance(exc, KzpkError):
        return exc
    if isinstance(exc, OSError):
        name = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        return write_error(exc, "cannot write the index" + name)
    if isinstance(exc, MemoryError):
        return KzpkError("building the index ran out of memory", INTERNAL)
    if isinstance(exc, RecursionError):
        return KzpkError("building the index failed: data nested too deeply", INTERNAL)
    return KzpkError(f"building the index failed: {type(exc).__name__}: {exc}", INTERNAL)


def _fallback_note(error: KzpkError) -> str:
    """The line a query prints when it answers from the last good index instead."""
    if isinstance(error, InvalidRecords):
        return "records have problems (run `kzpk validate`); answering from the last good index"
    return f"the index could not be rebuilt ({error.message}); answering from the last good index"


def _record_failure(index_dir: str | Path, fp: str, error: KzpkError) -> None:
    try:
        _write_json(os.path.join(index_dir, FAILED), {"fingerprint": fp,
                                                      "note": _fallback_note(error)})
    except OSError:
        pass  # a full disk: queries then retry the build, which is the worst that can happen


def _clear_failure(index_dir: str | Path) -> None:
    try:
        os.unlink(os.path.join(index_dir, FAILED))
    except OSError:
        pass


def _failure(index_dir: str | Path, fp: str) -> str | None:
    """The note of the last failed build, if it was of exactly these files."""
    try:
        with open(os.path.join(index_dir, FAILED), encoding="utf-8") as fh:
            data = json.load(fh)
        return str(data["note"]) if data.get("fingerprint") == fp else None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


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
    _fill(writer, docs, progress)


def _fill(writer, docs: list[dict], progress: Progress | None) -> None:
    try:
        for i, doc in enumerate(docs, 1):
            writer.add_document(**doc)
            if progress and (i % 500 == 0 or i == len(docs)):
                progress(i, len(docs))
        writer.commit()
    except BaseException:
        try:
            writer.cancel()
        except Exception:
            pass  # the first error is the one to report, not "this writer is closed"
        raise


def _next_generation(index_dir: Path) -> str:
    """The number after any generation or build folder there is, even a killed one."""
    numbers = [int(p.name[4:]) for p in index_dir.glob("gen-*") if p.name[4:].isdigit()]
    numbers += [int(p.name[7:]) for p in index_dir.glob(".build-*") if p.name[7:].isdigit()]
    return f"{max(numbers, default=0) + 1:06d}"


def _cleanup(index_dir: Path, live: str) -> None:
    """Remove what killed writers left behind, and every old generation no reader holds."""
    import fcntl
    import shutil

    for p in [*index_dir.glob(".build-*"), *index_dir.glob(".trash-*")]:
        shutil.rmtree(p, ignore_errors=True)
    for p in index_dir.glob(f".{CURRENT}.*.tmp"):
        p.unlink(missing_ok=True)
    for p in index_dir.glob("gen-*"):
        if p.name == live or not p.is_dir():
            continue
        try:
            fd = os.open(p / READERS, os.O_RDONLY)
        except OSError:
            fd = None
        try:
            if fd is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            trash = index_dir / f".trash-{p.name}"
            os.replace(p, trash)  # a reader that comes late finds it gone and follows CURRENT
        except OSError:
            continue  # a reader holds it: the next writer will try again
        finally:
            if fd is not None:
                os.close(fd)
        shutil.rmtree(trash, ignore_errors=True)


def _source_entry(s: Source) -> dict:
    """A source as the records.json snapshot lists it (its form is kzpk/records.py's)."""
    from kzpk.records import SourceEntry

    return SourceEntry.of(s).to_dict()


def _finish_generation(index_dir: Path, build_dir: Path, number: str, inputs: list[list],
                       snapshot: dict, aliases: dict, initials: dict,
                       lexicon: bool = True) -> IndexState:
    """Write the snapshot and the bookkeeping files, then make the generation live. The
    lexicon is kzpk's own, the same in every generation: an add links it from the live one
    (lexicon=False)."""
    (build_dir / "records.json").write_text(json.dumps(snapshot, ensure_ascii=False))
    (build_dir / INITIALS).write_text(json.dumps(initials, ensure_ascii=False))
    # (the aliases of every record, an added item's too: the names it spells out, 'Dubai
    # Electricity and Water Authority (DEWA)', as a full build of the same files has them)
    (build_dir / ALIASES).write_text(json.dumps(aliases, ensure_ascii=False))
    if lexicon:
        from kzpk.question import LEXICON_FILE, write_lexicon

        write_lexicon(str(build_dir / LEXICON_FILE))
    (build_dir / INPUTS).write_text(json.dumps(inputs, ensure_ascii=False))
    (build_dir / READERS).touch()
    sizes = {p.name: p.stat().st_size for p in build_dir.iterdir()
             if p.is_file() and not p.name.startswith(".") and p.name != MANIFEST
             and not p.name.endswith("LOCK")}
    (build_dir / MANIFEST).write_text(json.dumps(sizes))
    gen = index_dir / f"gen-{number}"
    os.replace(build_dir, gen)
    fp = digest(inputs)
    _write_state(index_dir, gen.name, fp)
    _clear_failure(index_dir)
    _cleanup(index_dir, gen.name)
    return IndexState(str(gen), fp)


def _write_generation(index_dir: Path, fp: str, make: Callable[[Path, str], IndexState]
                      ) -> IndexState:
    """Run `make` in a fresh build folder; on any failure remove it, remember why, re-raise."""
    import shutil

    number = _next_generation(index_dir)
    for p in index_dir.glob(".build-*"):
        shutil.rmtree(p, ignore_errors=True)
    build_dir = index_dir / f".build-{number}"
    try:
        build_dir.mkdir()
        return make(build_dir, number)
    except (KeyboardInterrupt, SystemExit):
        shutil.rmtree(build_dir, ignore_errors=True)
        raise
    except BaseException as exc:
        shutil.rmtree(build_dir, ignore_errors=True)
        error = _build_error(exc)
        if isinstance(error, InvalidRecords):  # the same files fail the same way: remember
            _record_failure(index_dir, fp, error)
        raise error from None


def build_index(home: Home, progress: Progress | None = None, wait: float = 60.0,
                force: bool = True) -> IndexState:
    """Validate records, build a new generation, swap it in. Raises InvalidRecords (exit 2) on
    bad records, KzpkError with the real cause on anything else. Without `force`, a generation
    that is already current (someone built it while we waited for the lock) is returned as is."""
    from pathlib import Path

    index_dir = Path(home.index)
    lock = WriterLock(index_dir)
    if not lock.acquire(wait):
        raise KzpkError("another kzpk process is writing the index; try again when it is done",
                        INTERNAL)
    with lock:
        inputs = scan(home.records)  # before reading anything: a later change stays visible
        fp = digest(inputs)
        state = read_state(index_dir)
        if not force and state is not None and state.fingerprint == fp and \
                find_damage(state) is None:
            return state

        def make(build_dir: Path, number: str) -> IndexState:
            from kzpk.index_documents import (alias_table, corpus_documents, document_texts,
                                              initials_table)
            from kzpk.corpus import load_corpus

            corpus = load_corpus(Path(home.records))
            if corpus.problems:
                raise InvalidRecords(corpus.problems)
            docs = corpus_documents(corpus)
            _write_documents(build_dir, docs, progress)
            snapshot = {"sources": [_source_entry(s) for s in corpus.sources],
                        "records": [r.to_dict() for r in corpus.records]}
            from kzpk.extract import write_mentions

            write_mentions(build_dir, corpus.sources, corpus.records)
            return _finish_generation(index_dir, build_dir, number, inputs, snapshot,
                                      alias_table(corpus.records),
                                      initials_table(document_texts(docs)))

        return _write_generation(index_dir, fp, make)


def index_added(home: Home, wait: float | None = None,
                progress: Progress | None = None) -> IndexState | None:
    """Bring the index up to date after `add` wrote new sources: when the only change since the
    live generation is new source files, a new generation that shares the live one's segments
    (hard links) and adds theirs; otherwise a full build. None if another writer holds the lock
    for longer than `wait`: the next command indexes them."""
    from pathlib import Path

    index_dir = Path(home.index)
    lock = WriterLock(index_dir)
    if not lock.acquire(ADD_WAIT if wait is None else wait):
        return None
    with lock:
        state = read_state(index_dir)
        inputs = scan(home.records)
        fp = digest(inputs)
        if state is None or find_damage(state) is not None:
            return build_index(home, progress, force=False)
        if state.fingerprint == fp:
            return state
        try:
            with open(os.path.join(state.path, INPUTS), encoding="utf-8") as fh:
                indexed = {name: (size, mtime) for name, size, mtime in json.load(fh)}
            with open(os.path.join(state.path, "records.json"), encoding="utf-8") as fh:
                snapshot = json.load(fh)
        except (OSError, ValueError, TypeError):
            return build_index(home, progress, force=False)
        now = {name: (size, mtime) for name, size, mtime in inputs}
        new = [name for name in now if name not in indexed]
        changed = any(now.get(name) != stat for name, stat in indexed.items())
        if changed or not all((n.startswith("sources/") and n.endswith(".md")) or
                              (n.startswith("extracted/") and n.endswith(".yaml")) for n in new):
            return build_index(home, progress, force=False)
        from kzpk.sources import read_source

        try:
            added = [read_source(Path(home.records) / name) for name in new
                     if name.startswith("sources/")]
        except KzpkError:
            return build_index(home, progress, force=False)  # it reports the problem with the others
        known = {s["id"] for s in snapshot["sources"]}
        ids = [s.id for s in added]
        if known & set(ids) or len(set(ids)) != len(ids):
            return build_index(home, progress, force=False)
        from kzpk.extracted import load_new_records

        records = load_new_records(Path(home.records), [n for n in new if n.startswith("extracted/")],
                                   added, snapshot)
        if records is None:  # not valid as they stand: the full build reports why
            return build_index(home, progress, force=False)

        def make(build_dir: Path, number: str) -> IndexState:
            from whoosh import index as windex

            from kzpk.index_documents import passage_document

            import shutil

            from kzpk.extract import MENTIONS_FILE, add_mentions
            from kzpk.index_documents import record_document

            live = Path(state.path)
            for p in live.iterdir():
                if p.is_file() and not p.name.startswith(".") and \
                        p.name not in ("records.json", INPUTS, MANIFEST, MENTIONS_FILE,
                                       INITIALS, ALIASES) and \
                        not p.name.endswith("LOCK"):
                    os.link(p, build_dir / p.name)
            if (live / MENTIONS_FILE).exists():  # copied, not linked: this one grows
                shutil.copyfile(live / MENTIONS_FILE, build_dir / MENTIONS_FILE)
            ix = windex.open_dir(str(build_dir))
            docs = [passage_document(p, s) for s in added for p in s.passages]
            from kzpk.records import record_from_dict

            indexed = [record_from_dict(r) for r in snapshot["records"]]
            names = {r.id: r.name for r in indexed if r.kind == "entity"}
            names.update({r.id: getattr(r, "name", "") for r in records})
            info = {s["id"]: {"id": s["id"], "title": s["title"], "date": s["date"]}
                    for s in snapshot["sources"]}
            info.update({s.id: {"id": s.id, "title": s.title, "date": s.date} for s in added})
            docs += [record_document(r, names, info) for r in records]
            _fill(ix.writer(limitmb=128, compound=False), docs, progress)
            snapshot["sources"] += [_source_entry(s) for s in added]
            snapshot["records"] += [r.to_dict() for r in records]
            add_mentions(build_dir, added, indexed + list(records))
            from kzpk.index_documents import alias_table, document_texts, initials_table

            return _finish_generation(index_dir, build_dir, number, inputs, snapshot,
                                      alias_table([*indexed, *records]),
                                      initials_table(document_texts(docs),
                                                     load_initials(state)), lexicon=False)

        return _write_generation(index_dir, fp, make)


# ------------------------------------------------------------------ opening

def _note(message: str) -> None:
    print(f"kzpk: {message}", file=sys.stderr)


def ensure_index(home: Home, live: bool = False) -> IndexState:
    """The live index, (re)built first when missing, stale or damaged (with a live bar on stderr
    when `live`, else one line).

    A reader never waits on a writer when an index exists: while someone else holds the lock,
    or when a build fails, the last good index answers (with one line saying why)."""
    index_dir = home.index
    state = read_state(index_dir)
    fp = fingerprint(home.records)
    damage = find_damage(state) if state is not None else None
    if state is not None and damage is None and state.fingerprint == fp:
        held = hold_for_reading(index_dir, state)
        if held is not None:
            return held
        state = None  # vanished under us; build
    if not os.path.isdir(home.records):
        raise KzpkError(f"no records folder at {home.records}", USAGE,
                        hint="pass --home PATH or set KZPK_HOME to a folder holding records/")
    if state is None:
        why = "building the index"
    elif not state.fingerprint.startswith(f"v{FORMAT_VERSION}-"):
        why = "the index was built by another version of kzpk; rebuilding it"
        state = None  # not one this version can hold for reading
    elif damage is not None:
        why = f"the index is damaged ({damage}); rebuilding it"
        state = None
    else:
        why = "records changed; rebuilding the index"

    def last_good(reason: str) -> IndexState:
        held = hold_for_reading(index_dir, state) if state is not None else None
        if held is None:
            raise KzpkError(reason, INTERNAL)
        _note(reason)
        return held

    failed = _failure(index_dir, fp)
    if failed is not None and state is not None:
        return last_good(failed)  # the same files failed before: do not pay for it again
    lock = WriterLock(index_dir)
    try:
        free = lock.acquire(0.0)
    except KzpkError as exc:  # a read-only home cannot rebuild, but it can answer
        if state is None:
            raise
        return last_good(_fallback_note(exc))
    if not free:
        if state is not None:
            return last_good("the index is being rebuilt by another process; "
                             "answering from the current one")
        _note("waiting for another process to finish building the index")
        if not lock.acquire(120.0):
            raise KzpkError("timed out waiting for the index build of another process", INTERNAL)
    try:
        now = read_state(index_dir)  # another process may have built it while we looked
        if is_current(home, now):
            built = now
        else:
            built = build_with_progress(home, why, live, force=False)
    except KzpkError as exc:
        if state is None:
            raise
        return last_good(_fallback_note(exc))
    finally:
        lock.release()
    held = hold_for_reading(index_dir, built)
    if held is None:
        raise KzpkError("the index vanished while it was being opened", INTERNAL)
    return held


def build_with_progress(home: Home, why: str, live: bool, force: bool = True) -> IndexState:
    """A live bar on stderr when `live` (the caller's choice: the bar redraws with escape codes,
    so only where `--color`/NO_COLOR allow them), else one line."""
    if not live:
        _note(why)
        return build_index(home, force=force)
    from rich.console import Console
    from rich.progress import Progress as Bar

    with Bar(console=Console(file=sys.stderr, force_terminal=True), transient=True) as bar:
        task = bar.add_task(why, total=None)
        return build_index(home, lambda i, n: bar.update(task, completed=i, total=n),
                           force=force)


def open_index(state: IndexState):
    """The Whoosh index of a live generation, its table of contents read once.

    Whoosh's `FileIndex` reads the table of contents (and unpickles the schema in it, building
    every analyzer again) on opening, on `searcher()` and on each `.schema`: four reads for one
    search. A generation's directory is never written once it is live (`add` and a rebuild make
    a new one), so one read holds for as long as the index is open."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import _DEF_INDEX_NAME, TOC, EmptyIndexError, FileIndex
    from whoosh.index import IndexError as WhooshIndexError

    class OneReadIndex(FileIndex):
        def __init__(self, storage, toc):
            self.storage, self._schema, self.indexname, self._toc = \
                storage, None, _DEF_INDEX_NAME, toc

        def _read_toc(self):
            return self._toc

    try:
        storage = FileStorage(str(state.path), readonly=True)
        return OneReadIndex(storage, TOC.read(storage, _DEF_INDEX_NAME))
    except (EmptyIndexError, WhooshIndexError, OSError, ValueError, EOFError) as exc:
        raise KzpkError(f"the index at {state.path} cannot be opened ({exc})", INTERNAL,
                        hint="run `kzpk index --rebuild`") from None


def load_initials(state: IndexState) -> dict[str, dict[str, int]]:
    """Acronym -> {name: times written} (kzpk.index_documents.initials_table); {} when the
    generation has none."""
    try:
        with open(os.path.join(state.path, INITIALS), encoding="utf-8") as fh:
            table = json.load(fh)
        return table if isinstance(table, dict) else {}
    except (OSError, ValueError):
        return {}


def load_aliases(state: IndexState) -> dict[str, list[str]]:
    try:
        with open(os.path.join(state.path, ALIASES), encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {}
