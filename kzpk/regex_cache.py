"""Start-up: regular expressions compiled once per machine, not once per process.

Python compiles a pattern in Python code (`re._parser`, `re._compiler`) the first time a process
uses it, and a `kzpk search` uses sixty to a hundred patterns (question words, dates, sentence
ends, Whoosh's stemmer): compiling them was about 8 % of the instructions of a whole search
(callgrind; bench/README.md). The compiler's output is plain data (a list of integer op codes, the
group count and names), which `_sre.compile` turns into a pattern object in C at no cost to speak
of. `install()` keeps that data in a file in the user's cache and hands it to `_sre.compile` when
the same pattern (same text, same flags) is compiled again; `save()` adds the patterns a process
compiled anew. What a pattern matches does not change: `_sre.compile` checks the op codes it is
given (`_validate` in CPython's `_sre.c`), the file is keyed by the Python version and the
engine's MAGIC number, it begins with a checksum of the rest, and anything unexpected (no such private function, a damaged or foreign
file) falls back to Python's own compiler, silently.

Nothing is written when nothing new was compiled (a script asking the same questions again never
writes). When something was, the file is written again holding first every pattern this process
used, then the others it held, up to MAX_PATTERNS: patterns made of one query's words and those of
an older kzpk fall out, the ones every search uses stay.
"""

from __future__ import annotations

import marshal
import os
import re
import sys

MAX_PATTERNS = 300
_FORMAT = 2

_known: dict = {}  # (pattern, flags) -> (flags, code bytes, groups, groupindex, indexgroup)
_new: dict = {}
_used: set = set()  # keys served from the file in this process
_state: dict = {}  # "path": the cache file, once install() ran


def _file() -> str:
    import _sre

    from kzpk.home import user_cache

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{_FORMAT}"
    return os.path.join(user_cache(), f"regex-{tag}.marshal")


def install() -> None:
    """Serve `re`'s compiler from the cache file (once per process; a no-op when this Python's
    `re` is not built the way this module expects)."""
    if _state:
        return
    try:
        import _sre
        from array import array
        from re import _compiler, _parser

        original = _compiler.compile
        parse, code_of = _parser.parse, _compiler._code
        if array("I").itemsize != _sre.CODESIZE:
            return
        path = _file()
    except (ImportError, AttributeError):
        return
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
        if raw[:4] == _crc(raw[4:]):
            data = marshal.loads(raw[4:])
            if isinstance(data, dict):
                _known.update(data)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    _state["path"] = path

    def compile(p, flags=0):
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        entry = _known.get(key)
        if entry is not None:
            try:
                final, code, groups, groupindex, indexgroup = entry
                compiled = _sre.compile(p, final, _codes(code), groups, dict(groupindex),
                                        indexgroup)
                _used.add(key)
                return compiled
            except Exception:  # a damaged entry: compile as Python would, and forget it
                _known.pop(key, None)
        tree = parse(p, flags)
        code = code_of(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        compiled = _sre.compile(p, flags | tree.state.flags, code, tree.state.groups - 1,
                                groupindex, tuple(indexgroup))
        _new[key] = (int(flags | tree.state.flags), _packed(code), tree.state.groups - 1,
                     groupindex, tuple(indexgroup))
        return compiled

    _compiler.compile = compile


def _crc(payload: bytes) -> bytes:
    """A file whose bytes changed after it was written (a bad disk, a hand edit) is not read."""
    from zlib import crc32

    return crc32(payload).to_bytes(4, "little")


def _packed(code: list) -> bytes:
    from array import array

    return array("I", [int(c) for c in code]).tobytes()


def _codes(packed: bytes) -> list:
    from array import array

    out = array("I")
    out.frombytes(packed)
    return out.tolist()


def save() -> None:
    """When this process compiled a pattern the file lacks: write the file again, holding this
    process's patterns first, then the file's others, MAX_PATTERNS at most."""
    path = _state.get("path")
    if not path or not _new:
        return
    merged = {key: _known[key] for key in _used}
    for entries in (_new, _known):
        for key, entry in entries.items():
            if len(merged) >= MAX_PATTERNS:
                break
            merged.setdefault(key, entry)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        payload = marshal.dumps(merged)
        with open(tmp, "wb") as fh:
            fh.write(_crc(payload) + payload)
        os.replace(tmp, path)  # readers see the old file or the new one, never half of one
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass
    _new.clear()
