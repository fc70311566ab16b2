"""The console script's entry: plain `kzpk search ...` and `kzpk --version` skip Typer.

kzpk runs hundreds of times a day from scripts, and importing Typer costs more than a whole
search on the bundled corpus. So `main` first tries to read the argument list itself; anything it
does not fully understand (help, an unknown or malformed option, another command) goes to the
Typer app, which defines the interface and reports its errors. Both run the same function in
kzpk/commands.py, and tests/test_fastpath.py checks that the two paths agree.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from kzpk.errors import INTERNAL, OK, KzpkError

# search's options: name -> (parameter, converter); flags take no value.
SEARCH_OPTIONS = {"--limit": ("limit", int), "-n": ("limit", int), "--kind": ("kind", str),
                  "--source": ("source", str), "--since": ("since", str),
                  "--until": ("until", str), "--format": ("fmt", str), "-f": ("fmt", str)}
SEARCH_FLAGS = {"--json": "as_json"}


def parse(argv: list[str]) -> tuple[str, dict] | None:
    """('version', {}) or ('search', kwargs) when argv is plainly one of those; else None."""
    if argv == ["--version"]:
        return "version", {}
    home, i = None, 0
    if argv[:1] == ["--home"] and len(argv) > 1:
        home, i = argv[1], 2
    elif argv[:1] and argv[0].startswith("--home="):
        home, i = argv[0].split("=", 1)[1], 1
    if argv[i:i + 1] != ["search"]:
        return None
    kwargs: dict = {"home": home}
    words: list[str] = []
    rest = argv[i + 1:]
    j = 0
    while j < len(rest):
        arg = rest[j]
        if arg == "--":
            words += rest[j + 1:]
            break
        if arg.startswith("-") and arg != "-":
            name, eq, value = arg.partition("=")
            if name in SEARCH_FLAGS and not eq:
                kwargs[SEARCH_FLAGS[name]] = True
            elif name in SEARCH_OPTIONS:
                if not eq:
                    if j + 1 >= len(rest):
                        return None
                    j += 1
                    value = rest[j]
                param, convert = SEARCH_OPTIONS[name]
                try:
                    kwargs[param] = convert(value)
                except ValueError:
                    return None
            else:
                return None  # --help, an unknown option, '-5': Typer says what is wrong
        else:
            words.append(arg)
        j += 1
    if not words:
        return None
    kwargs["query"] = words
    return "search", kwargs


def check_arguments(argv: list[str]) -> None:
    """Arguments are UTF-8 text; only the file names given to `add` may be any bytes."""
    for i, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            if "add" in argv[:i]:
                continue
            raise KzpkError(f"argument {os.fsencode(arg)!r} is not valid UTF-8 text") from None


def run_guarded(typer_app: Callable[[], int]) -> int:
    """Run the fast path or the Typer app; every error becomes one stderr line and a code."""
    try:
        try:
            check_arguments(sys.argv[1:])
            parsed = None if os.environ.get("KZPK_NO_FASTPATH") else parse(sys.argv[1:])
            if parsed is None:
                code = typer_app()
            elif parsed[0] == "version":
                from kzpk import __version__

                print(f"kzpk {__version__}")
                code = OK
            else:
                from kzpk.commands import search

                code = search(**parsed[1])
        except KzpkError as exc:
            from kzpk.text import one_line

            print(f"error: {one_line(exc.message)}", file=sys.stderr)
            if exc.hint:
                print(f"hint: {one_line(exc.hint)}", file=sys.stderr)
            code = exc.code
        except KeyboardInterrupt:
            code = 130
        except BrokenPipeError:
            raise
        except Exception as exc:  # a bug of ours: one line, never a bare traceback
            from kzpk.text import one_line

            print(f"error: internal fault: {type(exc).__name__}: {one_line(str(exc))}",
                  file=sys.stderr)
            code = INTERNAL
        sys.stdout.flush()
    except BrokenPipeError:
        # `kzpk search x | head` closed the pipe: a normal end, not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = OK
    return code


def _typer_app() -> int:
    from kzpk.cli import _run_typer

    return _run_typer()


def main() -> None:
    sys.exit(run_guarded(_typer_app))
