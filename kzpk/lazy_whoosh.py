"""Start-up: a part of Whoosh that every search imports and no kzpk command runs.

`whoosh.query.terms` imports the English morphology tables of `whoosh.lang.morph_en` (regular
expressions compiled at import, for `Variations` queries). kzpk builds no `Variations` query, yet
running that module is about an eighth of the instructions of a whole `kzpk search` (measured
with callgrind; see bench/README.md).

`defer()` registers such a module as one that runs its real code on first use: the first
attribute looked up on it (or the first call of a name that another module imports from it at
import time, like `variations`) executes the real module in place. Code that does use it sees no
difference; a process that never does never pays for it. Only the console script calls
`defer()`, before anything imports Whoosh. (`whoosh.highlight` looked like another candidate, but
every search result list makes a `Highlighter`.)
"""

from __future__ import annotations

import sys

# module → names other modules import from it with `from module import name` at import time;
# those names forward their first call to the real module.
DEFERRED = {
    "whoosh.lang.morph_en": ("variations",),
}


def defer() -> None:
    """Register the DEFERRED modules as run-on-first-use modules (no-op if already imported)."""
    import importlib.util

    for name, forwarded in DEFERRED.items():
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)  # imports the parent packages, which are cheap
        if spec is None or spec.loader is None or name in sys.modules:
            continue  # not installed, or a parent package imported it
        _register(name, spec, forwarded)


def _register(name: str, spec, forwarded: tuple[str, ...]) -> None:
    import importlib.util

    module = importlib.util.module_from_spec(spec)
    namespace = module.__dict__
    pending = [True]

    def load() -> None:
        if pending:  # once: drop the stand-ins and run the real code in place
            pending.clear()
            for stand_in in ("__getattr__", *forwarded):
                namespace.pop(stand_in, None)
            spec.loader.exec_module(module)

    def first_use(attribute: str):  # PEP 562: called only for names the module does not hold
        if attribute.startswith("__") and attribute != "__all__":
            # The import system asks every module for `__path__` and the like; that is not a use.
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}")
        load()
        try:
            return namespace[attribute]
        except KeyError:
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}") from None

    def forwarder_of(attribute: str):
        def forward(*args, **kwargs):
            load()
            return namespace[attribute](*args, **kwargs)
        forward.__name__ = attribute
        return forward

    namespace["__getattr__"] = first_use
    for attribute in forwarded:
        namespace[attribute] = forwarder_of(attribute)
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    setattr(sys.modules[parent], child, module)
