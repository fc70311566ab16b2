"""Command bodies shared by the Typer app and the fast path (kzpk/fastpath.py).

Nothing here imports Typer, Whoosh, PyYAML or Rich at module level.
"""

from __future__ import annotations

import sys

from kzpk.errors import NOT_FOUND, OK, KzpkError


def note(message: str) -> None:
    from kzpk.text import one_line

    print(f"kzpk: {one_line(message)}", file=sys.stderr)


def check_limit(n: int) -> int:
    if n < 1:
        raise KzpkError(f"--limit must be a positive number, not {n}")
    return n


MAX_NAME = 200  # characters: fuzzy matching is quadratic in a name's length


def check_name(name: str, what: str) -> str:
    """A name for profile, compare or --actor: not empty, not a novel."""
    label = "name" if what == "name" else f"{what} name"
    name = name.strip()
    if not name:
        raise KzpkError(f"empty {label}")
    if len(name) > MAX_NAME:
        raise KzpkError(f"{label} too long: {len(name)} characters (at most {MAX_NAME})")
    return name


def check_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from kzpk.dates import parse_date

    if parse_date(value.strip()) is None:
        raise KzpkError(f"{option}: {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return value.strip()


def check_period(since: str | None, until: str | None) -> None:
    if since and until:
        from kzpk.dates import date_bounds

        if date_bounds(until)[1] < date_bounds(since)[0]:
            raise KzpkError(f"--until {until} is before --since {since}")


def emit(view, fmt: str) -> None:
    from kzpk.render import emit as render

    render(view, fmt)


def search(home: str | None, query: list[str], limit: int = 10, kind: str | None = None,
           source: str | None = None, since: str | None = None, until: str | None = None,
           fmt: str | None = None, as_json: bool = False) -> int:
    """Run one query (or one per stdin line for '-'), print the results, return the exit code."""
    from kzpk.home import find_home
    from kzpk.query import KINDS, Filters, SearchView, check_query
    from kzpk.render import choose_format

    fmt = choose_format(fmt, as_json)
    limit = check_limit(limit)
    if kind is not None:
        kind = kind.lower() if kind.lower() in KINDS else kind.lower().rstrip("s")
        if kind not in KINDS:
            raise KzpkError(f"--kind: unknown kind {kind!r} (choose from {', '.join(KINDS)})")
    filters = Filters(kind=kind, source=source, since=check_date(since, "--since"),
                      until=check_date(until, "--until"))
    check_period(filters.since, filters.until)
    batch = query == ["-"]
    if batch:
        queries = [line.strip() for line in sys.stdin if line.strip()]
        if not queries:
            raise KzpkError("no queries on standard input")
    else:
        queries = [check_query(" ".join(query))]
    from kzpk.index_store import ensure_index
    from kzpk.query import Searcher

    searcher = Searcher(ensure_index(find_home(home)))
    try:
        results = []
        for q in queries:
            try:
                res = searcher.search(q, limit, filters)
            except KzpkError as exc:
                if not batch:
                    raise
                note(f"skipped query {q[:60]!r}: {exc.message}")
                continue
            if batch:
                res = res._replace(hits=[h._replace(query=q) for h in res.hits])
            if res.corrected and res.hits:
                note(f"no match for some words of {q!r}; showing results for {res.suggestion!r}")
            results.append(res)
    finally:
        searcher.close()
    view = SearchView(results, batch)
    if not view.found:
        if fmt == "json":
            emit(view, fmt)
        elif len(queries) == 1:
            note(f"no results for {queries[0]!r}")
        return NOT_FOUND
    emit(view, fmt)
    return OK
