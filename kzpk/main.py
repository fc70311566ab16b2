"""The console script `kzpk`: read the command line, run the command, and the one error boundary.

Every command and both readers of the command line (the fast path for a plain `kzpk search` and
`kzpk --version`, kzpk/fastpath.py; the Typer app for everything else, kzpk/cli.py) end here:

- KzpkError → `error: MESSAGE` (and `hint: …`) on stderr, exit with the error's own code;
- stdout closed by its reader (`kzpk timeline | head -1`) → a normal end, exit 0;
- Ctrl-C → `kzpk: interrupted`, exit 130;
- anything else is our fault → one line naming the command, the error and where, exit 3.
"""

from __future__ import annotations

import os
import sys

from kzpk.errors import INTERNAL, INTERRUPTED, OK, USAGE, KzpkError


def check_arguments(argv: list[str]) -> None:
    """Arguments are UTF-8 text; only the file names given to `add` may be any bytes."""
    for i, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            if "add" in argv[:i]:
                continue
            raise KzpkError(f"argument {os.fsencode(arg)!r} is not valid UTF-8 text", USAGE) from None


def _dispatch(argv: list[str]) -> int:
    from kzpk.fastpath import parse

    check_arguments(argv)
    parsed = None if os.environ.get("KZPK_NO_FASTPATH") else parse(argv)
    if parsed is None:
        from kzpk.cli import run as run_typer

        return run_typer(argv)
    what, before, options = parsed
    if what == "version":
        from kzpk import __version__

        print(f"kzpk {__version__}")
        return OK
    from kzpk.commands import Globals, search

    g = Globals(**before).then(Globals(**{k: options.pop(k) for k in Globals._fields}))
    return search(g, **options)


def _where(exc: BaseException) -> str:
    """file:line of the innermost frame of kzpk's own code, or of the last frame."""
    tb, found = exc.__traceback__, ""
    while tb is not None:
        path = tb.tb_frame.f_code.co_filename
        if not found or f"{os.sep}kzpk{os.sep}" in path:
            found = f"{os.path.basename(path)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def _command(argv: list[str]) -> str:
    words = [a for a in argv if not a.startswith("-")]
    return f"kzpk {words[0]}" if words else "kzpk"


def run(argv: list[str]) -> int:
    """Run one command line; every outcome becomes an exit code and at most a few stderr lines."""
    try:
        try:
            code = _dispatch(argv)
        except KzpkError as exc:
            from kzpk.text import one_line

            print(f"error: {one_line(exc.message)}", file=sys.stderr)
            if exc.hint:
                print(f"hint: {one_line(exc.hint)}", file=sys.stderr)
            code = exc.code
        except KeyboardInterrupt:
            print("kzpk: interrupted", file=sys.stderr)
            code = INTERRUPTED
        except BrokenPipeError:
            raise
        except Exception as exc:  # a fault of ours: one line, never a bare traceback
            from kzpk.text import one_line

            print(f"error: internal fault in `{one_line(_command(argv))}`: "
                  f"{type(exc).__name__}: {one_line(str(exc))} (at {_where(exc)})", file=sys.stderr)
            code = INTERNAL
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader of stdout went away (`kzpk timeline | head -1`): a normal end, not an error.
        # Point stdout at /dev/null so that the interpreter's last flush does not complain.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass  # stdout is not a file (tests running in-process)
        code = OK
    return code


def main() -> None:
    """The console script. Ends the process at once after flushing: tearing down the modules of
    Whoosh, Rich and Typer one by one costs about 25 ms that a script calling kzpk pays each time,
    and nothing of ours waits for interpreter exit (locks, temporary files and progress displays
    are all closed by their own `with` blocks before `run` returns)."""
    import gc

    from kzpk.fastpath import VERSION
    from kzpk.lazy_whoosh import defer

    # Start-up allocates a few hundred thousand long-lived objects (modules, classes, Whoosh's
    # tables); at the default threshold of 700 the collector walks them again and again for
    # nothing, about 5 % of a whole search. Long runs (a build, a batch) still collect.
    gc.set_threshold(100_000, 50, 100)
    argv = sys.argv[1:]
    version = len(argv) == 1 and argv[0] in VERSION
    if not version:
        from kzpk import regex_cache

        regex_cache.install()
        defer()  # which imports Whoosh's packages: nothing `kzpk --version` needs
    code = run(argv)
    if not version:
        regex_cache.save()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass  # a reader that went away already counted as a normal end in `run`
    os._exit(code)
