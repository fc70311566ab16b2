"""Output formats. Renderers are looked up by name, so only the chosen one is ever imported.

A view (a search result, a timeline, a profile, ...) offers `to_dict()` for json, `rows()` and
`columns` for jsonl/tsv/plain, `plain_line(row)`, and a `name` that picks its table renderer.
"""

from __future__ import annotations

import importlib
import sys

from kzpk.errors import USAGE, KzpkError

FORMATS = ("table", "json", "jsonl", "tsv", "plain")
_MODULES = {"table": "kzpk.render.table", "json": "kzpk.render.json_out",
            "jsonl": "kzpk.render.jsonl", "tsv": "kzpk.render.tsv", "plain": "kzpk.render.plain"}


def choose_format(fmt: str | None, as_json: bool = False) -> str:
    """An explicit --format wins; otherwise a table on a terminal and plain text in a pipe."""
    if as_json:
        if fmt not in (None, "json"):
            raise KzpkError(f"--json and --format {fmt} disagree; pass one of them")
        return "json"
    if fmt is None:
        return "table" if sys.stdout.isatty() else "plain"
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise KzpkError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})", USAGE)
    return fmt


def emit(view, fmt: str, out=None) -> None:
    out = out or sys.stdout
    importlib.import_module(_MODULES[fmt]).render(view, out)

