"""What each command does once its arguments are read: check them, ask the core, write the view.

Both readers of the command line call these functions: the Typer app (kzpk/cli.py) for every
command, and the fast path (kzpk/fastpath.py) for a plain `kzpk search`. Every check of a
command's input lives here, beside the command, and the checks two commands share are one
function. Each function returns the exit code (0 results, 1 nothing found) and raises KzpkError
for anything else. Nothing here imports Typer, Whoosh, PyYAML or Rich at module level.
"""

from __future__ import annotations

import sys

from kzpk.errors import NOT_FOUND, OK, USAGE, KzpkError
from kzpk.tuples import named_tuple


@named_tuple
class Globals:
    """The global options: given before the subcommand, after it, or both."""

    home: str | None = None
    fmt: str | None = None
    as_json: bool = False
    color: str | None = None

    def then(self, later: "Globals") -> "Globals":
        """These options overridden by those given later (after the subcommand)."""
        return Globals(*(b if b not in (None, False) else a for a, b in zip(self, later)))


@named_tuple
class Output:
    fmt: str  # table, json, jsonl, tsv or plain
    color: bool  # escape codes allowed (only tables use them)


def note(message: str) -> None:
    from kzpk.text import one_line

    print(f"kzpk: {one_line(message)}", file=sys.stderr)


def output(g: Globals) -> Output:
    from kzpk.render import choose_color, choose_format

    return Output(choose_format(g.fmt, g.as_json), choose_color(g.color, sys.stdout))


def emit(view, out: Output) -> None:
    from kzpk.render import emit as render

    render(view, out.fmt, color=out.color)


def _home(g: Globals):
    from kzpk.home import find_home

    return find_home(g.home)


def nothing(out: Output, view, message: str) -> int:
    """Nothing found: an empty JSON document for --format json, a note otherwise; exit 1."""
    if out.fmt == "json":
        emit(view, out)
    note(message)
    return NOT_FOUND


# ------------------------------------------------------------------ checks shared by commands

def check_limit(n: int | None) -> int | None:
    if n is not None and n < 1:
        raise KzpkError(f"--limit must be a positive number, not {n}", USAGE)
    return n


def check_choice(option: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    """One of `choices`, whatever its case, singular or plural ('Events' is 'event')."""
    if value is None:
        return None
    v = value.strip().lower()
    if v not in choices and v.endswith("s") and v[:-1] in choices:
        v = v[:-1]
    if v not in choices:
        raise KzpkError(f"{option}: {value!r} is not one of {', '.join(choices)}", USAGE)
    return v


MAX_NAME = 200  # characters: fuzzy matching is quadratic in a name's length


def check_name(name: str, what: str) -> str:
    """A name for profile, compare or --actor: not empty, not a novel."""
    label = "name" if what == "name" else f"{what} name"
    name = name.strip()
    if not name:
        raise KzpkError(f"empty {label}", USAGE)
    if len(name) > MAX_NAME:
        raise KzpkError(f"{label} too long: {len(name)} characters (at most {MAX_NAME})", USAGE)
    return name


def check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from kzpk.dates import parse_date

    if parse_date(value.strip()) is None:
        raise KzpkError(f"{option}: {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD, "
                        "or a period such as 2011..2016)", USAGE)
    return value.strip()


def check_dates(since: str | None, until: str | None,
                period: str | None = None) -> tuple[str | None, str | None]:
    """--since and --until as dates; a period (`2011..2016`) may stand for both."""
    if since is not None and ".." in since or until is not None and ".." in until:
        which = "--since" if since is not None and ".." in since else "--until"
        if period is not None or (since is not None and until is not None):
            raise KzpkError(f"{which}: give a period once: either PERIOD or --since/--until", USAGE)
        period = since if which == "--since" else until
        since = until = None
    if period is not None:
        from kzpk.dates import parse_period

        if since is not None or until is not None:
            raise KzpkError(f"give a period once: either {period!r} or --since/--until", USAGE)
        p = parse_period(period)
        if p is None:
            raise KzpkError(f"{period!r} is not a period (use 2018, 2011..2016 or 2022-05)", USAGE)
        return p.start, p.end
    since, until = check_date(since, "--since"), check_date(until, "--until")
    if since and until:
        from kzpk.dates import ends_before

        if ends_before(until, since):
            raise KzpkError(f"--until {until} is before --since {since}", USAGE)
    return since, until


def check_source(source: str | None, snap) -> str | None:
    if source is None or source in snap.source_info:
        return source
    raise KzpkError(f"--source: no source with id {source!r}", USAGE,
                    hint=f"one of {', '.join(sorted(snap.source_info))}")


def check_topic(topic: str | None) -> str | None:
    if topic is None:
        return None
    from kzpk.records import TOPICS

    return check_choice("--topic", topic, TOPICS)


def _index(g: Globals, home=None):
    """The live index, built first if need be: a live bar on stderr only where escape codes are
    allowed (`--color`, NO_COLOR, a terminal), else one line."""
    from kzpk.index_store import ensure_index
    from kzpk.render import choose_color

    return ensure_index(home or _home(g), live=choose_color(g.color, sys.stderr))


def _snapshot(g: Globals, curated: bool = False):
    """The live index's records; `curated` leaves out what kzpk extracted and nobody reviewed."""
    from kzpk.snapshot import Snapshot

    home = _home(g)
    state = _index(g, home)
    snap = Snapshot.load(state, curated)
    if not snap.records and not snap.sources:
        raise KzpkError(f"no sources or records in {home.records}", NOT_FOUND,
                        hint="kzpk add FILE... puts documents there")
    return state, snap


def _resolve(snap, name: str, what: str, when: tuple[str, str] | None = None):
    from kzpk.resolve import label, resolve

    name = check_name(name, what)
    match = resolve(snap.records, name, what, when)
    if match.how != "id":
        note(f"{name!r} → {match.record.id} ({label(match.record, match)})")
    return match.record


# ------------------------------------------------------------------ search

SEARCH_KINDS = ("passage", "event", "entity", "fact")


def search(g: Globals, query: list[str], limit: int, kind: str | None, source: str | None,
           since: str | None, until: str | None, actor: str | None = None,
           topic: str | None = None) -> int:
    """Run one query (or one per stdin line for '-'), print the results, return the exit code."""
    from kzpk.query import Filters, SearchView, check_query

    out = output(g)
    check_limit(limit)
    kind = check_choice("--kind", kind, SEARCH_KINDS)
    since, until = check_dates(since, until)
    topic = check_topic(topic)
    batch = query == ["-"]
    if batch:
        queries = [line.strip() for line in sys.stdin if line.strip()]
        if not queries:
            raise KzpkError("no queries on standard input", USAGE)
    else:
        queries = [check_query(" ".join(query))]
    from kzpk.query import Searcher

    home = _home(g)
    state = _index(g, home)
    if source is not None or since or until or actor is not None:
        snap = _snapshot(g)[1]
        check_source(source, snap)
        if actor is not None:
            when = (since or "0001", until or "9999") if since or until else None
            actor = _resolve(snap, actor, "--actor", when).id
        undated = sorted(s for s, info in snap.source_info.items() if not info.date
                         and source in (None, s))
        if (since or until) and undated and kind in (None, "passage") and not (actor or topic):
            n = len(undated)
            note(f"--since/--until: {n} undated source{'s' * (n != 1)} not searched "
                 f"({', '.join(undated[:5])}{', …' if n > 5 else ''})")
    if (actor or topic) and kind in (None, "passage"):
        note(f"{'--actor' if actor else '--topic'}: only records are searched (passages carry "
             "no actors or topics)")
    searcher = Searcher(state)
    try:
        if not searcher.reader.doc_count():
            raise KzpkError(f"no sources or records in {home.records}", NOT_FOUND,
                            hint="kzpk add FILE... puts documents there")
        results = []
        for q in queries:
            try:
                res = searcher.search(q, limit, Filters(kind, source, since, until, actor, topic),
                                      count=out.fmt in ("json", "table"))
            except KzpkError as exc:
                if not batch:
                    raise
                note(f"skipped query {q[:60]!r}: {exc.message}")
                continue
            if batch:
                res = res._replace(hits=[h._replace(query=q) for h in res.hits])
            for message in res.notes:
                note(f"{q[:60]!r}: {message}" if batch else message)
            if batch and not res.hits and not res.notes:
                note(f"no results for {q!r}")
            if res.corrected and res.hits:
                note(f"no match for some words of {q!r}; showing results for {res.suggestion!r}")
            results.append(res)
    finally:
        searcher.close()
    view = SearchView(results, batch)
    if not view.found:
        if out.fmt == "json" or batch:  # a batch leaves a row per query that found nothing
            emit(view, out)
        if not batch and not results[0].notes:
            note(f"no results for {queries[0]!r}")
        return NOT_FOUND
    emit(view, out)
    return OK


# ------------------------------------------------------------------ show

def show(g: Globals, item_id: str) -> int:
    from kzpk.show import show_item

    out = output(g)
    if not item_id.strip():
        raise KzpkError("empty id", USAGE, hint="ids look like kz-pk-25th-anniversary#p12")
    emit(show_item(_index(g), item_id.strip()), out)
    return OK


# ------------------------------------------------------------------ timeline, profile, compare

TIMELINE_KINDS = ("event", "fact", "all")


def timeline(g: Globals, period: str | None, since: str | None, until: str | None,
             actors: list[str] | None, topic: str | None, kind: str, source: str | None,
             limit: int | None, curated: bool = False) -> int:
    from kzpk.timeline import timeline as make_timeline

    out = output(g)
    since, until = check_dates(since, until, period)
    check_limit(limit)
    kind = check_choice("--kind", kind, TIMELINE_KINDS)
    topic = check_topic(topic)
    _, snap = _snapshot(g, curated)
    source = check_source(source, snap)
    from kzpk.dates import parse_period

    actor_ids = []
    for name in actors or []:
        if parse_period(name) is not None:
            raise KzpkError(f"--actor {name!r} is a period; use kzpk timeline {name}", USAGE)
        when = (since or "0001", until or "9999") if since or until else None
        actor_ids.append(_resolve(snap, name, "--actor", when).id)
    view = make_timeline(snap, since, until, actor_ids, topic, kind, source, limit)
    if (since or until) and kind != "event":  # a fact without a date is in no period: say so
        n = sum(e.date is None for e in
                make_timeline(snap, None, None, actor_ids, topic, kind, source).entries)
        if n:
            note(f"--since/--until: {_count(n, 'undated fact')} not shown")
    if not view.entries:
        what = {"fact": "facts", "all": "events or facts"}.get(kind, "events")
        return nothing(out, view, f"no {what} match")
    emit(view, out)
    return OK


def _subject_passages(state, record) -> list:
    """The passages that name a record most: its name and a few of its aliases as phrases."""
    from kzpk.profile import PassageItem
    from kzpk.query import MAX_QUERY, Filters, Searcher

    names = [record.headline]
    names += [a for a in (record.aliases if record.kind == "entity" else ()) if len(a) > 3][:4]
    terms = ""
    for name in dict.fromkeys(n for n in names if n.strip()):
        phrase = '"' + name.replace('"', " ") + '"'
        if len(terms) + len(phrase) + 4 > MAX_QUERY:
            break  # whole phrases only: a cut one would be an unclosed quote
        terms += (" OR " if terms else "") + phrase
    if not terms:
        return []
    searcher = Searcher(state)
    try:
        result = searcher.search(terms, 5, Filters(kind="passage"))
    except KzpkError:
        return []
    finally:
        searcher.close()
    return [PassageItem(h.id, h.source, h.snippet, round(h.score, 3)) for h in result.hits]


def profile(g: Globals, name: str, curated: bool = False) -> int:
    from kzpk.profile import profile as make_profile
    from kzpk.dates import parse_period

    out = output(g)
    name = check_name(name, "name")
    if parse_period(name) is not None:
        raise KzpkError(f"{name!r} is a period, not a person, organisation, place or event", USAGE,
                        hint=f"try: kzpk timeline {name}, or kzpk compare {name} OTHER")
    state, snap = _snapshot(g, curated)
    record = _resolve(snap, name, "name")
    emit(make_profile(snap, record, _subject_passages(state, record)), out)
    return OK


def compare(g: Globals, left: str, right: str, curated: bool = False) -> int:
    from kzpk.compare import compare as make_comparison
    from kzpk.dates import parse_period

    out = output(g)
    left, right = check_name(left, "A"), check_name(right, "B")
    _, snap = _snapshot(g, curated)
    sides = []
    for arg in (left, right):
        period = parse_period(arg)
        sides.append(period if period is not None else _resolve(snap, arg, "name"))
    emit(make_comparison(snap, *sides), out)  # nothing to compare: KzpkError(NOT_FOUND)
    return OK


# ------------------------------------------------------------------ add, index, validate

def _quoted(text: str) -> str:
    from kzpk.text import quoted

    return quoted(text)


_REPORT_LINES = {
    "add": lambda r: f"added {r['id']}: {r['title']} ({r['passages']} "
                     f"passage{'s' * (r['passages'] != 1)}"
                     + (f", dated {r['date']} ({r['date_from']})" if r.get("date") else "")
                     + (f"; {r['extracted']} extracted record{'s' * (r['extracted'] != 1)} to review"
                        if r.get("extracted") else "") + ")",
    "review": lambda r: f"[extracted {r['type']}] {r['text']} {_quoted(r['quote'] or '')} ({r['id']})",
    "accept": lambda r: f"accepted {r['id']} → {r['file']}",
    "reject": lambda r: f"rejected {r['id']}",
    "index": lambda r: f"index {r['status']}: {r['path']}",
    "validate": lambda r: f"{r['where']}: {r['problem']}" if r["where"] else r["problem"],
}
_REPORT_ITEMS = {"add": "added", "index": "index", "validate": "problems", "review": "records",
                 "accept": "accepted", "reject": "rejected"}


@named_tuple
class Report:
    """What add, index and validate say: rows for every format, and a summary for json."""

    name: str  # add, index or validate
    columns: tuple[str, ...]
    items: list[dict]
    summary: dict

    def to_dict(self) -> dict:
        return {**self.summary, _REPORT_ITEMS[self.name]: self.items}

    def rows(self) -> list[dict]:
        return self.items

    def plain_line(self, row: dict) -> str:
        return _REPORT_LINES[self.name](row)


def add(g: Globals, files: list[str]) -> int:
    from pathlib import Path

    from kzpk.index_store import InvalidRecords, index_added
    from kzpk.ingest import add_files
    from kzpk.text import one_line

    out = output(g)
    home = _home(g)
    paths = [Path(f) for f in files]
    from kzpk.render import choose_color

    # A live bar redraws with escape codes: only where colour is allowed, else lines.
    live = choose_color(g.color, sys.stderr)
    with _file_progress(len(paths), live) as on_file:
        report = add_files(home, paths, on_file=on_file,
                           stdin=getattr(sys.stdin, "buffer", sys.stdin))
    for message in report.failed:
        print(f"error: {one_line(message)}", file=sys.stderr)
    for path, existing in report.duplicates:
        note(f"{path}: same text as source {existing!r} already in the corpus; not added again")
    for message in report.notes:
        note(one_line(message))
    items = []
    code, later = USAGE if report.failed else OK, None
    if report.added:
        # The files are written: whatever happens to the index now, they are not lost.
        big = sum(len(s.passages) for s in report.added) >= BIG_BATCH
        counts = _extract(g, home, report.added,
                          _progress("extracting records", live, big, percent=True))
        try:
            with _progress("adding to the index", live, big) as step:
                state = index_added(home, progress=step)
            if state is None:
                later = ("not searchable yet: another kzpk process is writing the index; "
                         "the next command indexes what was added")
        except InvalidRecords as exc:
            later = f"not searchable until the records are fixed: {exc.message} (run `kzpk validate`)"
        except KzpkError as exc:
            later, code = f"not searchable yet: {exc.message}; the next command tries again", exc.code
        items = [{"id": s.id, "title": s.title, "passages": len(s.passages), "file": str(s.path),
                  "date": s.date, "date_from": s.meta.get("date_from"),
                  "extracted": counts.get(s.id, 0)} for s in report.added]
    view = Report("add", ("id", "passages", "date", "extracted", "title", "file"), items,
                  {"failed": len(report.failed), "duplicates": len(report.duplicates)})
    if items:
        emit(view, out)
    if later:
        note(later)
    if code:
        return code
    if not items:
        return nothing(out, view, "no document added")
    return OK


def _extract(g: Globals, home, sources: list, progress: "_progress") -> dict[str, int]:
    """Write the candidate records of newly added sources to records/extracted/, against the
    entities the live index knows (built first if there is none). {source id: records}."""
    from kzpk.extracted import extract_added
    from kzpk.index_store import InvalidRecords, read_state
    from kzpk.snapshot import Snapshot

    records: list = []
    for attempt in range(3):
        state = read_state(home.index)
        try:
            if state is None:
                state = _index(g, home)  # says so on stderr: a first build can take a while
            records = Snapshot.load(state).records
        except (InvalidRecords, OSError, ValueError):
            pass
        except KzpkError:
            # Another add made a newer generation and retired this one between the two reads:
            # read the newer one. Anything else (a damaged snapshot) is reported.
            if attempt < 2 and read_state(home.index) != state:
                continue
            raise
        break
    with progress as step:
        counts, notes = extract_added(home, records, sources, step)
    for message in notes:
        note(message)
    return counts


BIG_FILE = 1 << 20  # bytes: reading one file this big takes long enough to say so
BIG_BATCH = 1000  # passages: extracting and indexing this many take long enough to say so


def _size(path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _file_progress:
    """`on_file(path, i, n)` while `kzpk add` reads files: a bar on a terminal, a line in a pipe."""

    def __init__(self, n: int, live: bool):
        self.n = n
        self.live = live
        self.bar = None

    def __enter__(self):
        if self.live:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(file=sys.stderr, force_terminal=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("adding", total=self.n)
        return self.on_file

    def on_file(self, path, i: int, n: int) -> None:
        if self.bar is not None:
            from rich.markup import escape

            from kzpk.text import one_line

            # a file name is never markup: "[bold]x.txt" is shown as written
            self.bar.update(self.task, completed=i - 1,
                            description=f"reading {escape(one_line(str(path)))}")
        elif n > 1 or _size(path) >= BIG_FILE:
            note(f"[{i}/{n}] reading {path}")

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def index(g: Globals, rebuild: bool) -> int:
    from kzpk.index_store import build_with_progress, is_current, read_state

    out = output(g)
    home = _home(g)
    state = read_state(home.index)
    if not rebuild and is_current(home, state):
        status = "up to date"
    else:
        from kzpk.render import choose_color

        state = build_with_progress(home, "rebuilding the index" if rebuild else
                                    "building the index", live=choose_color(g.color, sys.stderr))
        status = "built"
    emit(Report("index", ("status", "path"), [{"status": status, "path": state.path}], {}), out)
    return OK


def validate(g: Globals) -> int:
    from kzpk.corpus import load_corpus

    out = output(g)
    home = _home(g)
    corpus = load_corpus(home.records)
    problems = [_problem(p) for p in corpus.problems]
    counts: dict[str, int] = {}
    for r in corpus.records:
        counts[r.type] = counts.get(r.type, 0) + 1
    passages = sum(len(s.passages) for s in corpus.sources)
    summary = {"sources": len(corpus.sources), "passages": passages,
               "records": len(corpus.records), "types": dict(sorted(counts.items()))}
    view = Report("validate", ("where", "problem"), problems, summary)
    if problems:
        emit(view, out)
        n = len(problems)
        raise KzpkError(f"{n} problem{'s' * (n != 1)} found", USAGE)
    if not corpus.sources and not corpus.records:
        return nothing(out, view, f"no sources or records in {home.records}")
    if out.fmt in ("json", "jsonl", "tsv"):
        emit(view, out)
    else:
        detail = ", ".join(f"{v} {k}" for k, v in summary["types"].items())
        print(f"ok: {_count(len(corpus.sources), 'source')} ({_count(passages, 'passage')}), "
              f"{_count(len(corpus.records), 'record')} ({detail})")
    return OK


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _problem(text: str) -> dict:
    """'records/x.yaml:12: id: ...' -> where and what."""
    import re

    m = re.match(r"^(\S+?:\d+): (.*)$", text, re.S)
    return {"where": m.group(1), "problem": m.group(2)} if m else {"where": None, "problem": text}


class _progress:
    """`step(i, n)` through one long step of a command: a live bar on stderr when `live` (escape
    codes allowed), else, for a `big` batch, a line when it starts and each tenth of the way."""

    def __init__(self, what: str, live: bool, big: bool, percent: bool = False):
        self.what, self.live, self.big, self.last, self.bar = what, live, big, 0, None
        self.percent = percent  # the count is no unit a user knows: say how far, in %

    def __enter__(self):
        if self.live:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(file=sys.stderr, force_terminal=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task(self.what, total=None)
        elif self.big:
            note(f"{self.what}…")
        return self.step

    def step(self, i: int, n: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=i, total=n)
            return
        tenth = i * 10 // max(n, 1)
        if self.big and tenth != self.last:
            self.last = tenth
            note(f"{self.what}: {i * 100 // max(n, 1)} %" if self.percent else f"{self.what}: {i}/{n}")

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


# ------------------------------------------------------------------ review, accept, reject

def review(g: Globals, source: str | None) -> int:
    from kzpk.extracted import pending, summary

    out = output(g)
    items = [{"id": r.get("id"), "type": r.get("type"), "source": (r.get("sources") or [{}])[0].get("source"),
              "text": summary(r), "quote": (r.get("sources") or [{}])[0].get("quote"),
              "status": r.get("status"), "record": {k: v for k, v in r.items() if k != "file"}}
             for r in pending(_home(g), source)]
    view = Report("review", ("id", "type", "source", "text", "quote"), items,
                  {"total": len(items)})
    if not items:
        return nothing(out, view, "no extracted records to review")
    emit(view, out)
    return OK


def accept(g: Globals, ids: list[str]) -> int:
    from kzpk.extracted import accept as run

    out = output(g)
    moved = run(_home(g), list(dict.fromkeys(i.strip() for i in ids)))
    emit(Report("accept", ("id", "file"), [{"id": rid, "file": path.name} for rid, path in moved],
                {"total": len(moved)}), out)
    return OK


def reject(g: Globals, ids: list[str]) -> int:
    from kzpk.extracted import reject as run

    out = output(g)
    gone = run(_home(g), list(dict.fromkeys(i.strip() for i in ids)))
    emit(Report("reject", ("id",), [{"id": rid} for rid in gone], {"total": len(gone)}), out)
    return OK
