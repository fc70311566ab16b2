"""Start-up: modules that every search imports through Whoosh and that no search runs.

Whoosh's search path imports modules for work a search never does: the English morphology
tables of `whoosh.lang.morph_en` (for `Variations` queries), sorting, sounds-like and fuzzy
terms, "more like this", one-file segments, DATETIME and Decimal fields, document-number sets
for filters, and the standard `shutil`, `calendar`, `html`, `random`, `threading`, `datetime`,
`decimal`, `pickle.py` and `hashlib` (whose `md5`, OpenSSL's, the term index calls). Running
them was about a fifth of the instructions of a whole `kzpk search` (callgrind; bench/README.md).

`defer()` registers each as a module that runs its real code on first use. A name another
module imported from it at import time (`from decimal import Decimal`) is a stand-in until then:
calling it, looking up an attribute on it, checking an instance against it or writing
`date | None` with it runs the real module; an instance check before that says no, since no
instance of a class never created exists. Where a name is only an alias of something already
loaded, it is bound to that instead (EQUAL). Code that uses these modules sees no difference; a
process that never does never pays for them. Only the console script calls `defer()`, before
anything imports Whoosh, and not for `kzpk --version`. (`whoosh.highlight` stays: every result
list makes a `Highlighter`.) `typing` runs on first use too, but Whoosh's modules get cheap
placeholders for the few names they take from it at import (_CHEAP_TYPING).
"""

from __future__ import annotations

import sys

_PICKLE = ("dump", "dumps", "load", "loads", "Pickler", "Unpickler", "PickleError",
           "PicklingError", "UnpicklingError")

# module → names other modules import from it with `from module import name` at import time;
# those names are stand-ins (_StandIn) until the real module runs. Each one is imported by Whoosh's
# search path and run by nothing a search does:
DEFERRED = {
    "whoosh.lang.morph_en": ("variations",),  # `Variations` queries, which kzpk never builds
    "shutil": ("copyfileobj",),  # copying into a compound file while writing
    "calendar": (),  # date arithmetic of DATETIME fields (whoosh.util.times); kzpk has none
    "html": ("escape",),  # the HTML highlight formatter (whoosh.highlight)
    "random": (),  # random file names while writing (whoosh.util)
    "threading": ("Lock",),  # locks of storage writers and of timed collectors
    "whoosh.sorting": (),  # sorted, grouped and collapsed results (whoosh.collectors)
    "whoosh.lang.dmetaphone": ("double_metaphone",),  # a sounds-like filter (whoosh.analysis)
    "whoosh.automata.lev": (),  # fuzzy terms (whoosh.codec.base): kzpk's spelling check only
    "whoosh.support.levenshtein": ("distance",),  # edit distance (whoosh.reading): the same
    "whoosh.classify": ("Bo1Model", "Expander"),  # 'more like this' (whoosh.searching)
    "whoosh.util.filelock": ("FileLock",),  # the writer's lock (kzpk has its own around it)
    "whoosh.filedb.compound": ("CompoundStorage",),  # one-file segments; kzpk writes none
    "whoosh.util.times": ("datetime_to_long", "long_to_datetime"),  # DATETIME fields
    "datetime": ("date", "datetime", "timedelta", "timezone"),  # DATETIME fields (util.times)
    "decimal": ("Decimal",),  # NUMERIC fields of Decimal values (whoosh.fields); kzpk's are int
    # the pickle functions and classes Whoosh's storage uses are _pickle's, which pickle.py
    # imports; pickle.py itself (a pure-Python pickler, unused when _pickle is there) costs 2 %
    "pickle": _PICKLE,
    "hashlib": ("md5",),  # the term index's key hash (whoosh.filedb.filetables): see EQUAL below
    # Sets of document numbers for filters and bit columns (whoosh.searching, whoosh.columns) and
    # growable arrays for writing (whoosh.filedb.filetables, whoosh.columns). Both modules spell
    # a type as a string (`Union["DocIdSet", ...]`), and typing compiles such a string, which
    # sets up Python's whole parser the first time: about 9 million instructions, 3 % of a search.
    "whoosh.idsets": ("BitSet", "DocIdSet", "OnDiskBitSet"),
    "whoosh.util.numlists": ("GrowableArray", "delta_encode", "delta_decode"),
}

# Names bound not to a stand-in but to an equal function of a module that is already loaded or
# costs nothing, when it is there (tests/test_startup.py checks that they agree):
# - hashlib's md5 is OpenSSL's, and loading OpenSSL's library costs about 4 ms of wall time, a
#   tenth of what the peer takes for a whole search; the term index hashes a few keys per search,
#   and CPython's own `_md5` gives the same digests;
# - every posting list read runs numlists' `delta_decode`, a running sum: `accumulate`;
# - pickle's own names for _pickle's functions and classes are the very same objects.
EQUAL = {"hashlib": {"md5": ("_md5", "md5")},
         "pickle": {name: ("_pickle", name) for name in _PICKLE},
         "whoosh.util.numlists": {"delta_decode": ("itertools", "accumulate")}}


# What Whoosh's modules take from `typing` at import: names for annotations, which with
# `from __future__ import annotations` are never evaluated, `cast`, and `TypeVar`s for decorators'
# annotations. Running `typing` for them is 16 million instructions, 5 % of a search; a Whoosh
# module gets these placeholders instead while `typing` has not run. Any other name, or any other
# module asking (kzpk's Typer and Rich, which use the real ones), runs the real `typing`.
_CHEAP_TYPING = ("TYPE_CHECKING", "Any", "cast", "TypeVar", "BinaryIO", "IO", "TypeAlias",
                 "ClassVar")


class _Placeholder:
    """A type that only stands in Whoosh's annotations ('Any', 'ClassVar[str]', a TypeVar)."""

    __slots__ = ("__name__",)

    def __init__(self, name: str):
        self.__name__ = name

    def __getitem__(self, item):  # `ClassVar[str]` in an annotation evaluated at import
        return self


def _cheap_typing(name: str):
    if name == "TYPE_CHECKING":
        return False
    if name == "cast":
        return lambda _type, value: value
    if name == "TypeVar":
        return lambda var, *constraints, **options: _Placeholder(var)
    return _Placeholder(name)


def _defer_typing() -> None:
    import _frozen_importlib as bootstrap

    spec = bootstrap._find_spec("typing", None)
    if spec is None or spec.loader is None:
        return
    module = bootstrap.module_from_spec(spec)
    namespace = module.__dict__
    pending = [True]

    def first_use(attribute: str):
        if attribute.startswith("__") and attribute != "__all__":
            raise AttributeError(f"module 'typing' has no attribute {attribute!r}")
        if pending and attribute in _CHEAP_TYPING:
            caller = sys._getframe(1).f_globals.get("__name__") or ""
            if caller.startswith("whoosh.") or caller == "whoosh" or \
                    caller.startswith("kzpk.") and attribute == "TYPE_CHECKING":
                return _cheap_typing(attribute)
        if pending:
            pending.clear()
            del namespace["__getattr__"]
            spec.loader.exec_module(module)
        try:
            return namespace[attribute]
        except KeyError:
            raise AttributeError(f"module 'typing' has no attribute {attribute!r}") from None

    namespace["__getattr__"] = first_use
    sys.modules["typing"] = module


def defer() -> None:
    """Register the DEFERRED modules as run-on-first-use modules (no-op if already imported)."""
    import _frozen_importlib as bootstrap  # importlib's own core, already loaded: no import cost

    if "typing" not in sys.modules:
        _defer_typing()

    for name, forwarded in DEFERRED.items():
        if name in sys.modules:
            continue
        parent = name.rpartition(".")[0]
        if parent:
            __import__(parent)  # the parent packages, which are cheap
        path = sys.modules[parent].__path__ if parent else None
        spec = bootstrap._find_spec(name, path)
        if spec is None or spec.loader is None or name in sys.modules:
            continue  # not installed, or a parent package imported it
        _register(name, spec, forwarded)


class _StandIn:
    """A name that another module imported from a deferred module before its first use. Calling
    it runs the real module and calls the real name. Checking an instance against it (a class,
    like `Decimal` in `isinstance(x, (str, Decimal))`) says no without running anything while
    the module has not run, since no instance of a class never created can exist; after that it
    asks the real class."""

    __slots__ = ("__name__", "_load", "_pending", "_namespace")

    def __init__(self, name: str, load, pending: list, namespace: dict):
        self.__name__, self._load, self._pending, self._namespace = name, load, pending, namespace

    def _real(self):
        self._load()
        return self._namespace[self.__name__]

    def __call__(self, *args, **kwargs):
        return self._real()(*args, **kwargs)

    def __or__(self, other):  # `date | None` in an annotation evaluated at run time
        return self._real() | other

    def __ror__(self, other):
        return other | self._real()

    def __getattr__(self, attribute: str):  # `BitSet.from_bytes`
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(self._real(), attribute)

    def __instancecheck__(self, obj) -> bool:
        return not self._pending and isinstance(obj, self._real())

    def __subclasscheck__(self, cls) -> bool:
        return not self._pending and issubclass(cls, self._real())


def _register(name: str, spec, forwarded: tuple[str, ...]) -> None:
    import _frozen_importlib as bootstrap

    module = bootstrap.module_from_spec(spec)
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

    namespace["__getattr__"] = first_use
    for attribute in forwarded:
        namespace[attribute] = _StandIn(attribute, load, pending, namespace)
    for attribute, (other, equal) in EQUAL.get(name, {}).items():
        try:
            namespace[attribute] = getattr(__import__(other), equal)
        except ImportError:
            pass  # a Python built without it: the stand-in loads the real module
    sys.modules[name] = module
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
