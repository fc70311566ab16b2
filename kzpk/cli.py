"""The command line: parse, call one function, pick a renderer, write. No logic here.

Imports of Whoosh, PyYAML and Rich happen inside the commands that need them: `kzpk --help`
and `kzpk --version` load none of them.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from kzpk import __version__
from kzpk.errors import INTERNAL, NOT_FOUND, OK, USAGE, KzpkError

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
    if home is not None and not home.strip():
        raise KzpkError("--home needs a folder path")
    _state["home"] = home


def _home():
    from kzpk.home import find_home

    return find_home(_state["home"])


def _limit(n: int) -> int:
    if n < 1:
        raise KzpkError(f"--limit must be a positive number, not {n}")
    return n


def _date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from kzpk.records import parse_date

    if parse_date(value.strip()) is None:
        raise KzpkError(f"{option}: {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return value.strip()


def _emit(view, fmt: str) -> None:
    from kzpk.render import emit

    emit(view, fmt)


def _note(message: str) -> None:
    from kzpk.text import one_line

    print(f"kzpk: {one_line(message)}", file=sys.stderr)


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
    from kzpk.query import KINDS, Filters, SearchView, check_query
    from kzpk.render import choose_format

    fmt = choose_format(fmt, as_json)
    limit = _limit(limit)
    if kind is not None:
        kind = kind.lower().rstrip("s") if kind.lower() not in KINDS else kind.lower()
        if kind not in KINDS:
            raise KzpkError(f"--kind: unknown kind {kind!r} (choose from {', '.join(KINDS)})")
    filters = Filters(kind=kind, source=source, since=_date(since, "--since"),
                      until=_date(until, "--until"))
    batch = query == ["-"]
    if batch:
        queries = [line.strip() for line in sys.stdin if line.strip()]
        if not queries:
            raise KzpkError("no queries on standard input")
    else:
        queries = [check_query(" ".join(query))]
    from kzpk.index import ensure_index
    from kzpk.query import Searcher

    searcher = Searcher(ensure_index(_home()))
    try:
        results = []
        for q in queries:
            try:
                res = searcher.search(q, limit, filters)
            except KzpkError as exc:
                if not batch:
                    raise
                _note(f"skipped query {q[:60]!r}: {exc.message}")
                continue
            if batch:
                for h in res.hits:
                    h.query = q
            if res.corrected and not res.hits:
                pass
            elif res.corrected:
                _note(f"no match for some words of {q!r}; showing results for {res.suggestion!r}")
            results.append(res)
    finally:
        searcher.close()
    view = SearchView(results, batch)
    if not view.found:
        if fmt in ("json",):
            _emit(view, fmt)
        elif len(queries) == 1:
            _note(f"no results for {queries[0]!r}")
        raise typer.Exit(NOT_FOUND)
    _emit(view, fmt)


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
    from kzpk.index import ensure_index
    from kzpk.render import choose_format
    from kzpk.views import show_item

    fmt = choose_format(fmt, as_json)
    _emit(show_item(ensure_index(_home()), item_id.strip()), fmt)


# ------------------------------------------------------------------ index, validate

@app.command()
def index(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild even when the index is fresh.")] = False,
) -> None:
    """Build or update the index (done automatically before a query when needed).

    Example: kzpk index --rebuild
    """
    from kzpk.index import build_with_progress, ensure_index, fingerprint, read_state

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
            print(_clean(p), file=sys.stderr)
        n = len(corpus.problems)
        raise KzpkError(f"{n} problem{'s' * (n != 1)} found")
    counts: dict[str, int] = {}
    for r in corpus.records:
        counts[r.type] = counts.get(r.type, 0) + 1
    passages = sum(len(s.passages) for s in corpus.sources)
    detail = ", ".join(f"{v} {k}" for k, v in sorted(counts.items()))
    print(f"ok: {len(corpus.sources)} sources ({passages} passages), "
          f"{len(corpus.records)} records ({detail})")


def _clean(text: str) -> str:
    from kzpk.text import one_line

    return one_line(text)


# ------------------------------------------------------------------ entry point

def main() -> None:
    """Run the app; turn every error into one line on stderr and the contract's exit code."""
    from typer import Abort, Exit
    from typer._click.exceptions import ClickException

    code = OK
    try:
        try:
            result = app(prog_name="kzpk", standalone_mode=False)
            code = result if isinstance(result, int) else OK
        except Exit as exc:
            code = exc.exit_code
        except ClickException as exc:
            msg = exc.format_message()
            ctx = getattr(exc, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            print(f"error: {_clean(msg)}{hint}", file=sys.stderr)
            code = USAGE if exc.exit_code == 2 else exc.exit_code
        except Abort:
            print("aborted", file=sys.stderr)
            code = 130
        except KzpkError as exc:
            print(f"error: {_clean(exc.message)}", file=sys.stderr)
            if exc.hint:
                print(f"hint: {exc.hint}", file=sys.stderr)
            code = exc.code
        except KeyboardInterrupt:
            code = 130
        except BrokenPipeError:
            raise
        except Exception as exc:  # a bug of ours: one line, never a bare traceback
            print(f"error: internal fault: {type(exc).__name__}: {_clean(str(exc))}",
                  file=sys.stderr)
            code = INTERNAL
        sys.stdout.flush()
    except BrokenPipeError:
        # `kzpk search x | head` closed the pipe: a normal end, not an error.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    sys.exit(code)


if __name__ == "__main__":
    main()
