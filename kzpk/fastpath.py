"""`kzpk search …` and `kzpk --version` read without importing Typer.

The command line is declared once, in the Typer app (kzpk/cli.py). Importing Typer costs more
than a whole search, so `kzpk.main` first offers the argument list to `parse` below, which reads
only what it fully understands from PARAMS: a copy of the declaration's global options and
`search`'s options. tests/test_fastpath.py compares PARAMS with the Typer app field by field
(names, spellings, defaults, types, flags); change either side and it fails. Anything else —
help, another command, an unknown or malformed option, an option spelt `-n=2` — returns None and
goes to Typer, which runs it or says what is wrong. Both paths then call the same function,
`kzpk.commands.search`.
"""

from __future__ import annotations



class Param:
    """One option: the command function's parameter, its spellings, its type (str or int take a
    value, bool is a flag) and its default. A plain class: `typing` would cost `kzpk --version`
    a few milliseconds."""

    __slots__ = ("name", "opts", "type", "default")

    def __init__(self, name: str, opts: tuple[str, ...], type: type, default: object):
        self.name, self.opts, self.type, self.default = name, opts, type, default

    def _replace(self, **changes) -> "Param":
        return Param(**{**{k: getattr(self, k) for k in self.__slots__}, **changes})

    def __repr__(self) -> str:
        return f"Param({self.name!r}, {self.opts!r}, {self.type.__name__}, {self.default!r})"


# The global options, accepted before the subcommand and after it.
GLOBAL = (
    Param("home", ("--home",), str, None),
    Param("fmt", ("--format", "-f"), str, None),
    Param("as_json", ("--json",), bool, False),
    Param("color", ("--color",), str, None),
)
SEARCH = (
    Param("limit", ("--limit", "-n"), int, 10),
    Param("kind", ("--kind",), str, None),
    Param("source", ("--source",), str, None),
    Param("since", ("--since",), str, None),
    Param("until", ("--until",), str, None),
    Param("actor", ("--actor",), str, None),
    Param("topic", ("--topic",), str, None),
) + GLOBAL
VERSION = ("--version", "-V")

_ROOT_OPTS = {o: p for p in GLOBAL for o in p.opts}
_SEARCH_OPTS = {o: p for p in SEARCH for o in p.opts}


def _options(args: list[str], table: dict[str, Param], words: list[str] | None):
    """Read options (and, when `words` is a list, positional words) from args into a dict.

    Returns (values, index where reading stopped), or None for anything not plainly valid.
    Without `words`, reading stops at the first argument that is not an option."""
    values: dict = {}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--" and words is not None:
            words += args[i + 1:]
            return values, len(args)
        if not arg.startswith("-") or arg == "-":
            if words is None:
                return values, i
            words.append(arg)
            i += 1
            continue
        name, eq, value = arg.partition("=")
        param = table.get(name)
        if param is None or (eq and not name.startswith("--")):
            return None  # unknown, or a short option glued to '=': Typer explains
        if param.type is bool:
            if eq:
                return None
            values[param.name] = True
        else:
            if not eq:
                if i + 1 >= len(args):
                    return None
                i += 1
                value = args[i]
            try:
                values[param.name] = param.type(value)
            except ValueError:
                return None
        i += 1
    return values, i


def parse(argv: list[str]) -> tuple[str, dict, dict] | None:
    """('version', {}, {}) or ('search', global options, search options) when argv is plainly
    one of those, defaults filled in from PARAMS; else None."""
    if argv in (["--version"], ["-V"]):
        return "version", {}, {}
    root = _options(argv, _ROOT_OPTS, None)
    if root is None:
        return None
    before, i = root
    if argv[i:i + 1] != ["search"]:
        return None
    words: list[str] = []
    after = _options(argv[i + 1:], _SEARCH_OPTS, words)
    if after is None or not words:
        return None
    given = after[0]
    options = {p.name: given.get(p.name, p.default) for p in SEARCH}
    options["query"] = words
    return "search", {p.name: before.get(p.name, p.default) for p in GLOBAL}, options
