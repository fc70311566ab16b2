"""The command line: parse, call one function, pick a renderer, write. No logic here.

Imports of Whoosh, PyYAML and Rich happen inside the commands that need them: `kzpk --help`
and `kzpk --version` load none of them.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from kzpk import __version__
from kzpk.commands import check_date as _date
from kzpk.commands import check_limit as _limit
from kzpk.commands import check_period
from kzpk.commands import emit as _emit
from kzpk.commands import note as _note
from kzpk.errors import NOT_FOUND, OK, USAGE, KzpkError
from kzpk.text import one_line

app = typer.Typer(
    name="kzpk",
    help="kzpk: search, timelines and profiles over reports on Kazakhstan–Pakistan relations.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain Click help: no Rich import for --help
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state: dict = {"home": None}

FormatOpt = Annotated[Optional[str], typer.Option(
    "--format", "-f", help="table, json, jsonl, tsv or plain (default: table on a terminal, plain otherwise)")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
SinceOpt = Annotated[Optional[str], typer.Option("--since", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
UntilOpt = Annotated[Optional[str], typer.Option("--until", help="Up to this date: YYYY, YYYY-MM or YYYY-MM-DD.")]


def _version(value: bool) -> None:
    if value:
        print(f"kzpk {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    home: Annotated[Optional[str], typer.Option("--home", help="Data home (default: KZPK_HOME, the checkout, or the bundled corpus).")] = None,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """Search, timelines, profiles and comparisons over a cited corpus on Kazakhstan–Pakistan
    relations. Example: kzpk search "bilateral trade volume 2023" """
    _state["home"] = home


def _home():
    from kzpk.home import find_home

    return find_home(_state["home"])


# ------------------------------------------------------------------ search

@app.command()
def search(
    query: Annotated[list[str], typer.Argument(help="Words, a question, or Whoosh syntax; '-' reads one query per stdin line.")],
    limit: Annotated[int, typer.Option("--limit", "-n", help="Results per query.")] = 10,
    kind: Annotated[Optional[str], typer.Option("--kind", help="passage, event, entity or fact.")] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Only this source id.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Ranked full-text search over passages and records.

    Example: kzpk search "When were diplomatic relations established?"
    """
    from kzpk.commands import search as run

    code = run(_state["home"], query, limit, kind, source, since, until, fmt, as_json)
    if code:
        raise typer.Exit(code)


# ------------------------------------------------------------------ show

@app.command()
def show(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="A passage id (source#p3) or a record id.")],
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """One passage or record in full, with its source and neighbours.

    Example: kzpk show kz-pk-25th-anniversary#p12
    """
    from kzpk.index_store import ensure_index
    from kzpk.render import choose_format
    from kzpk.views import show_item

    fmt = choose_format(fmt, as_json)
    if not item_id.strip():
        raise KzpkError("empty id")
    _emit(show_item(ensure_index(_home()), item_id.strip()), fmt)


# ------------------------------------------------------------------ timeline, profile, compare

def _snapshot():
    from kzpk.index_store import ensure_index
    from kzpk.snapshot import Snapshot

    state = ensure_index(_home())
    return state, Snapshot.load(state)


def _resolve(snap, name: str, what: str) -> dict:
    from kzpk.commands import check_name
    from kzpk.resolve import label, resolve

    name = check_name(name, what)
    match = resolve(snap.records, name, what)
    if match.how != "id":
        _note(f"{name!r} → {match.record['id']} ({label(match.record)})")
    return match.record


@app.command()
def timeline(
    since: SinceOpt = None,
    until: UntilOpt = None,
    actor: Annotated[Optional[list[str]], typer.Option("--actor", help="Only events with this person, organisation or place (repeatable).")] = None,
    topic: Annotated[Optional[str], typer.Option("--topic", help="Only events on this topic (trade, security, ...).")] = None,
    kind: Annotated[str, typer.Option("--kind", help="event (default), fact (dated facts) or all.")] = "event",
    source: Annotated[Optional[str], typer.Option("--source", help="Only events cited from this source id.")] = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="At most this many entries.")] = None,
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Every dated event, in date order, filtered by period, actor, topic or source.

    Example: kzpk timeline --since 2011 --until 2016 --actor Musharraf
    """
    from kzpk.render import choose_format
    from kzpk.resolve import parse_period
    from kzpk.timeline import timeline as make_timeline

    fmt = choose_format(fmt, as_json)
    since, until = _date(since, "--since"), _date(until, "--until")
    if limit is not None:
        _limit(limit)
    if kind not in ("event", "fact", "all"):
        raise KzpkError(f"--kind: {kind!r} is not one of event, fact, all")
    check_period(since, until)
    _, snap = _snapshot()
    if topic is not None:
        from kzpk.records import TOPICS

        topic = topic.strip().lower()
        if topic not in TOPICS:
            raise KzpkError(f"--topic: unknown topic {topic!r} (one of {', '.join(TOPICS)})")
    if source is not None and source not in snap.source_info:
        raise KzpkError(f"--source: no source with id {source!r} "
                        f"(one of {', '.join(sorted(snap.source_info))})")
    actor_ids = []
    for name in actor or []:
        period = parse_period(name)
        if period is not None:
            raise KzpkError(f"--actor {name!r} is a period; use --since/--until")
        actor_ids.append(_resolve(snap, name, "--actor")["id"])
    view = make_timeline(snap, since, until, actor_ids, topic, kind, source, limit)
    if not view.entries:
        if fmt == "json":
            _emit(view, fmt)
        else:
            _note("no events match")
        raise typer.Exit(NOT_FOUND)
    _emit(view, fmt)


def _subject_passages(state, record: dict) -> list[dict]:
    from kzpk.query import Filters, Searcher

    names = [record.get("name") or record.get("title") or ""]
    names += [a for a in record.get("aliases") or [] if len(a) > 3][:4]
    terms = " OR ".join(f'"{n.replace(chr(34), " ")}"' for n in dict.fromkeys(names) if n.strip())
    if not terms:
        return []
    searcher = Searcher(state)
    try:
        result = searcher.search(terms[:900], 5, Filters(kind="passage"))
    except KzpkError:
        return []
    finally:
        searcher.close()
    return [{"id": h.id, "source": h.source, "snippet": h.snippet, "score": round(h.score, 3)}
            for h in result.hits]


@app.command()
def profile(
    name: Annotated[str, typer.Argument(help="An id, a name or alias (any order, any accents), or an event's title words.")],
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Everything known about a person, organisation, country, place or event.

    Example: kzpk profile "Elmira Kaliyeva"
    """
    from kzpk.commands import check_name
    from kzpk.profile import profile as make_profile
    from kzpk.render import choose_format

    from kzpk.resolve import parse_period

    fmt = choose_format(fmt, as_json)
    name = check_name(name, "name")
    if parse_period(name) is not None:
        raise KzpkError(f"{name!r} is a period, not a person, organisation, place or event",
                        hint=f"try: kzpk timeline --since … --until …, or kzpk compare {name} OTHER")
    state, snap = _snapshot()
    record = _resolve(snap, name, "name")
    _emit(make_profile(snap, record, _subject_passages(state, record)), fmt)


@app.command()
def compare(
    left: Annotated[str, typer.Argument(metavar="A", help="A person, organisation, country, event, year or YYYY..YYYY.")],
    right: Annotated[str, typer.Argument(metavar="B", help="The other subject.")],
    fmt: FormatOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Two subjects side by side: what they share and what only one has.

    Example: kzpk compare 2011 2016
    """
    from kzpk.commands import check_name
    from kzpk.compare import compare as make_comparison
    from kzpk.render import choose_format
    from kzpk.resolve import parse_period

    fmt = choose_format(fmt, as_json)
    left, right = check_name(left, "A"), check_name(right, "B")
    _, snap = _snapshot()
    sides = []
    for arg in (left, right):
        period = parse_period(arg)
        sides.append(period if period is not None else _resolve(snap, arg, "name"))
    _emit(make_comparison(snap, *sides), fmt)


# ------------------------------------------------------------------ add

@app.command()
def add(
    files: Annotated[list[str], typer.Argument(metavar="FILE...", help=".txt, .md or .html files to add.")],
) -> None:
    """Add documents to records/sources/ and to the index, searchable at once.

    Example: kzpk add press-release.html notes.md
    """
    from pathlib import Path

    from kzpk.index_store import add_documents, ensure_index, fingerprint, read_state
    from kzpk.ingest import add_files

    home = _home()
    state = read_state(home.index)
    fresh = state is not None and state.fingerprint == fingerprint(home.records)
    report = add_files(home, [Path(f) for f in files])
    for message in report.failed:
        print(f"error: {one_line(message)}", file=sys.stderr)
    for path, existing in report.duplicates:
        _note(f"{path}: same text as source {existing!r} already in the corpus; not added again")
    if report.added:
        if fresh:
            add_documents(home, report.added)
        else:
            ensure_index(home)
        for src in report.added:
            print(f"added {src.id}: {one_line(src.title)} ({len(src.passages)} passages)")
    if report.failed:
        raise typer.Exit(USAGE)


# ------------------------------------------------------------------ index, validate

@app.command()
def index(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild even when the index is fresh.")] = False,
) -> None:
    """Build or update the index (done automatically before a query when needed).

    Example: kzpk index --rebuild
    """
    from kzpk.index_store import build_with_progress, fingerprint, read_state

    home = _home()
    state = read_state(home.index)
    if not rebuild and state is not None and state.fingerprint == fingerprint(home.records):
        print(f"index is up to date: {state.path}")
        return
    state = build_with_progress(home, "rebuilding the index" if rebuild else "building the index")
    print(f"index built: {state.path}")


@app.command()
def validate() -> None:
    """Check every record and source; report all problems as file:line.

    Example: kzpk validate
    """
    from kzpk.records import load_corpus

    home = _home()
    corpus = load_corpus(home.records)
    if corpus.problems:
        for p in corpus.problems:
            print(one_line(p), file=sys.stderr)
        n = len(corpus.problems)
        raise KzpkError(f"{n} problem{'s' * (n != 1)} found")
    counts: dict[str, int] = {}
    for r in corpus.records:
        counts[r.type] = counts.get(r.type, 0) + 1
    passages = sum(len(s.passages) for s in corpus.sources)
    detail = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    print(f"ok: {len(corpus.sources)} sources ({passages} passages), "
          f"{len(corpus.records)} records ({detail})")




# ------------------------------------------------------------------ entry point

def _run_typer() -> int:
    from typer import Abort, Exit
    from typer._click.exceptions import ClickException

    try:
        result = app(prog_name="kzpk", standalone_mode=False)
        return result if isinstance(result, int) else OK
    except Exit as exc:
        return exc.exit_code
    except ClickException as exc:
        ctx = getattr(exc, "ctx", None)
        hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
        print(f"error: {one_line(exc.format_message())}{hint}", file=sys.stderr)
        return USAGE if exc.exit_code == 2 else exc.exit_code
    except Abort:
        print("aborted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    from kzpk.fastpath import main

    main()
