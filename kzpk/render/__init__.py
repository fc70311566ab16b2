"""Output formats. Each format is one module, imported only when chosen.

A leaf: nothing here imports a view's module. A view (search results, a timeline, a profile,
…) offers `to_dict()` for json; `rows()`, `columns` and `plain_line(row)` for jsonl, tsv and
plain; and a `name` that picks its function in render/table.py's TABLES.
"""

from __future__ import annotations

import importlib
import os
import sys

from kzpk.errors import USAGE, KzpkError

FORMATS = ("table", "json", "jsonl", "tsv", "plain")
COLORS = ("auto", "always", "never")
_MODULES = {"table": "kzpk.render.table", "json": "kzpk.render.json_out",
            "jsonl": "kzpk.render.jsonl", "tsv": "kzpk.render.tsv", "plain": "kzpk.render.plain"}


def choose_format(fmt: str | None, as_json: bool = False) -> str:
    """An explicit --format wins; otherwise a table on a terminal and plain text in a pipe."""
    if as_json:
        if fmt not in (None, "json"):
            raise KzpkError(f"--json and --format {fmt} disagree; pass one of them", USAGE)
        return "json"
    if fmt is None:
        return "table" if sys.stdout.isatty() else "plain"
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise KzpkError(f"--format: unknown format {fmt!r} (choose from {', '.join(FORMATS)})",
                        USAGE)
    return fmt


def choose_color(color: str | None, out) -> bool:
    """May escape codes (colour, bold, dim) be written to `out`?

    --color always/never decide; otherwise (auto) only on a terminal and only without NO_COLOR
    (https://no-color.org: set and not empty)."""
    choice = (color or "auto").strip().lower()
    if choice not in COLORS:
        raise KzpkError(f"--color: {color!r} is not one of {', '.join(COLORS)}", USAGE)
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


def emit(view, fmt: str, out=None, color: bool = False) -> None:
    out = out or sys.stdout
    module = importlib.import_module(_MODULES[fmt])
    if fmt == "table":
        module.render(view, out, color)
    else:
        module.render(view, out)
