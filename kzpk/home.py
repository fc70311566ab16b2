"""The data home, chosen in the contract's order: --home, KZPK_HOME, the checkout, the bundle."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from kzpk.errors import USAGE, KzpkError

PACKAGE_DIR = Path(__file__).resolve().parent


class Home(NamedTuple):  # a NamedTuple: dataclasses would import inspect on every run
    root: Path
    records: Path
    index: Path
    writable: bool = True  # False for the corpus bundled inside an installed package

    @property
    def sources(self) -> Path:
        return self.records / "sources"


def _user_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kzpk"


def find_home(option: str | None = None) -> Home:
    chosen = option or os.environ.get("KZPK_HOME")
    if chosen:
        root = Path(chosen).expanduser()
        what = "--home" if option else "KZPK_HOME"
        if not root.exists():
            raise KzpkError(f"{what}: {root} does not exist",
                            hint="create it, or point it at a folder holding records/")
        if not root.is_dir():
            raise KzpkError(f"{what}: {root} is not a folder")
        return Home(root, root / "records", root / "index")
    checkout = PACKAGE_DIR.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "records").is_dir():
        return Home(checkout, checkout / "records", checkout / "index")
    bundled = PACKAGE_DIR / "_records"
    if bundled.is_dir():
        # Never write into site-packages: the bundled corpus gets its index in the user's cache.
        import hashlib

        key = hashlib.sha1(str(bundled).encode()).hexdigest()[:12]
        cache = _user_cache() / f"bundled-{key}"
        return Home(cache, bundled, cache / "index", writable=False)
    raise KzpkError("no data home found", USAGE,
                    hint="pass --home PATH or set KZPK_HOME to a folder holding records/")
