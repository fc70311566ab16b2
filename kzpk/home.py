"""The data home, chosen in the contract's order: --home, KZPK_HOME, the checkout, the bundle.

Paths are plain strings here: `pathlib` (with the `urllib.parse` it imports) would cost every
`kzpk search` a couple of milliseconds for nothing it needs.
"""

from __future__ import annotations

import os

from kzpk.errors import USAGE, KzpkError
from kzpk.tuples import named_tuple


@named_tuple
class Home:
    root: str
    records: str
    index: str
    writable: bool = True  # False for the corpus bundled inside an installed package

    @property
    def sources(self) -> str:
        return os.path.join(self.records, "sources")


def user_cache() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "kzpk")


def _at(root: str, writable: bool = True) -> Home:
    return Home(root, os.path.join(root, "records"), os.path.join(root, "index"), writable)


def find_home(option: str | None = None) -> Home:
    if option is not None and not option.strip():
        raise KzpkError("--home needs a folder path", USAGE)
    chosen = option or os.environ.get("KZPK_HOME")
    if chosen:
        root = os.path.expanduser(chosen)
        what = "--home" if option else "KZPK_HOME"
        if not os.path.exists(root):
            raise KzpkError(f"{what}: {root} does not exist", USAGE,
                            hint="create it, or point it at a folder holding records/")
        if not os.path.isdir(root):
            raise KzpkError(f"{what}: {root} is not a folder", USAGE)
        return _at(root)
    package = os.path.dirname(os.path.realpath(__file__))
    checkout = os.path.dirname(package)
    if os.path.isfile(os.path.join(checkout, "pyproject.toml")) and \
            os.path.isdir(os.path.join(checkout, "records")):
        return _at(checkout)
    bundled = os.path.join(package, "_records")
    if os.path.isdir(bundled):
        # Never write into site-packages: the bundled corpus gets its index in the user's cache.
        try:
            from _sha1 import sha1  # CPython's own: hashlib would load OpenSSL on every search
        except ImportError:
            from hashlib import sha1

        key = sha1(bundled.encode()).hexdigest()[:12]
        cache = os.path.join(user_cache(), f"bundled-{key}")
        return Home(cache, bundled, os.path.join(cache, "index"), writable=False)
    raise KzpkError("no data home found", USAGE,
                    hint="pass --home PATH or set KZPK_HOME to a folder holding records/")
