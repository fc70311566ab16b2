"""Start-up: the part of Whoosh a search never uses stays unrun (kzpk/lazy_whoosh.py), and it
still works for code that does use it."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

from kzpk.lazy_whoosh import DEFERRED

PROBE = """
import sys
from kzpk.lazy_whoosh import DEFERRED, defer
defer()
from kzpk.main import run
code = run(["search", *sys.argv[1:], "--format", "json"])
unrun = [name for name in DEFERRED if "__getattr__" in sys.modules[name].__dict__]
print(code, ",".join(sorted(unrun)), "__getattr__" in sys.modules["typing"].__dict__)
"""


def test_a_search_never_runs_the_deferred_modules(home):
    env = {"KZPK_HOME": str(home), "PATH": "/usr/bin:/bin"}  # home's index is built: no build
    for query, used in ((["railways"], set()), (["When was the CICA summit?"], set()),
                        (['"bilateral trade"'], set()),
                        # a filter is a set of document numbers, whose module runs `typing`
                        (["trade", "--kind", "event", "--since", "2015"],
                         {"whoosh.idsets", "typing"})):
        out = subprocess.run([sys.executable, "-c", PROBE, *query], capture_output=True, text=True,
                             env=env, cwd=REPO, check=True).stdout.splitlines()[-1].split()
        # (and unless used, `typing` never ran: Whoosh got its placeholders)
        assert out == ["0", ",".join(sorted(set(DEFERRED) - used)),
                       str("typing" not in used)], (query, out)


def test_deferred_whoosh_modules_work_when_used():
    code = """
from kzpk.lazy_whoosh import defer
defer()
import whoosh.query, whoosh.searching
from whoosh.query.terms import variations
print(sorted(variations("running"))[:3])
import whoosh.lang.morph_en as morph
try:
    morph.no_such_thing
except AttributeError:
    print("AttributeError")
print(morph.__name__, morph.variations.__module__)
from shutil import copyfileobj  # a forwarder, as whoosh.filedb.compound imports it
import io
out = io.BytesIO()
copyfileobj(io.BytesIO(b"copied"), out)
from html import escape
import calendar, random
from threading import Lock  # a forwarder, as whoosh.filedb.filestore imports it
lock = Lock()
print(out.getvalue().decode(), escape("<b>"), calendar.isleap(2024), 0 <= random.random() < 1,
      lock.acquire(blocking=False))
from hashlib import md5  # bound to CPython's _md5, as whoosh.filedb.filetables imports it
import sys
print(md5(b"kzpk", usedforsecurity=False).hexdigest(), "_hashlib" in sys.modules)
from whoosh.fields import Decimal  # a stand-in until decimal runs
print(isinstance(1.5, (str, Decimal)), hasattr(sys.modules["decimal"], "__getattr__"))
d = Decimal("1.25")
print(d * 2, isinstance(d, Decimal), isinstance(1.5, Decimal), issubclass(type(d), Decimal))
from whoosh.idsets import BitSet, DocIdSet  # stand-ins, as whoosh.searching imports them
print(isinstance({1}, (set, DocIdSet)), isinstance([1], DocIdSet), "whoosh.idsets" in sys.modules)
bits = BitSet.from_bytes(BitSet([1, 5]).bits.tobytes())
print(sorted(bits), isinstance(bits, DocIdSet))
from whoosh.util.times import datetime_to_long, long_to_datetime  # hold datetime's stand-ins
import whoosh.util.times
print(whoosh.util.times.timedelta | None, None | whoosh.util.times.timezone)  # annotations
import datetime
print(long_to_datetime(datetime_to_long(datetime.datetime(2024, 2, 29))).date(),
      isinstance(datetime.date(2024, 1, 1), whoosh.util.times.date))
import hashlib
print(hashlib.sha256(b"kzpk").hexdigest()[:16], hashlib.md5(b"kzpk").hexdigest())
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                         check=True).stdout.splitlines()
    assert out == ["['ran', 'run', 'runner']", "AttributeError",
                   "whoosh.lang.morph_en whoosh.lang.morph_en", "copied &lt;b&gt; True True True",
                   "f319614b8bf02a363a7c32fbde383055 False", "False True", "2.50 True False True",
                   "True False True", "[1, 5] True",
                   "datetime.timedelta | None None | datetime.timezone", "2024-02-29 True",
                   "bcdacf73bea0f956 f319614b8bf02a363a7c32fbde383055"]


def test_whoosh_works_whole_with_the_deferred_modules(tmp_path):
    """What kzpk never does, with everything deferred: a compound index with a DATETIME field,
    written under Whoosh's own lock, searched with a date range and 'more like this'."""
    code = """
import sys
from kzpk.lazy_whoosh import defer
defer()
import datetime
from whoosh import fields, index
from whoosh.query import DateRange
schema = fields.Schema(id=fields.ID(stored=True), when=fields.DATETIME(stored=True),
                       body=fields.TEXT(stored=True))
ix = index.create_in(sys.argv[1], schema)
w = ix.writer()  # compound segments, a FileLock
for i, body in enumerate(["trade and rail links", "rail links to the port", "a poetry festival"]):
    w.add_document(id=str(i), when=datetime.datetime(2020 + i, 5, 1), body=body)
w.commit()
with ix.searcher() as s:
    hits = s.search(DateRange("when", datetime.datetime(2021, 1, 1), None))
    print(sorted((h["id"], h["when"].year) for h in hits))
    first = s.document_number(id="0")
    print([h["id"] for h in s.more_like(first, "body")])
"""
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                         text=True, cwd=REPO, check=True).stdout.splitlines()
    assert out == ["[('1', 2021), ('2', 2022)]", "['1']"]


def test_the_equal_functions_are_equal():
    """EQUAL binds names of deferred modules to other functions: they must give the same."""
    import hashlib
    import itertools
    import random

    from whoosh.util.numlists import delta_decode

    from kzpk.lazy_whoosh import EQUAL

    assert EQUAL["hashlib"]["md5"] == ("_md5", "md5")
    import _md5

    for key in (b"", b"kzpk", "Тоқаев".encode(), bytes(range(256)) * 9):
        assert _md5.md5(key, usedforsecurity=False).hexdigest() == hashlib.md5(key).hexdigest()
    assert EQUAL["whoosh.util.numlists"]["delta_decode"] == ("itertools", "accumulate")
    rng = random.Random(7)
    for n in (0, 1, 2, 50, 1000):
        gaps = [rng.randrange(0, 70000) for _ in range(n)]
        assert list(itertools.accumulate(gaps)) == list(delta_decode(gaps))
    import _pickle
    import pickle

    for name, (other, same) in EQUAL["pickle"].items():
        assert getattr(pickle, name) is getattr(_pickle, same), name
    # a new entry needs its check here
    assert set(EQUAL) == {"hashlib", "whoosh.util.numlists", "pickle"}


def test_a_search_reads_parts_of_speech_from_the_index_not_the_gzip_lexicon(kz, home,
                                                                           monkeypatch):
    from kzpk import question

    assert kz("index").code == 0
    (generation,) = (home / "index").glob("gen-*")
    lexicon = generation / question.LEXICON_FILE
    assert b"\nvisit,verb\n" in lexicon.read_bytes()

    def inflate_again():
        raise AssertionError("a search inflated lemminflect's gzip table")

    monkeypatch.setattr(question, "_inflated", inflate_again)
    question._lexicon.cache_clear()
    question.parts_of_speech.cache_clear()
    result = kz("search", "Who opened the roundtable?", "--format", "plain")
    assert result.code == 0 and "Kistafin" in result.out.splitlines()[0]
    assert question.parts_of_speech("visit") == {"noun", "verb"}


def test_parts_of_speech_are_found_by_halving_the_sorted_table(tmp_path):
    from kzpk import question

    table = (b"word,pos,lemma\nzebra,noun,zebra\no'clock,adv,o'clock\nabandon,verb,abandon\n"
             b"o,noun,o\nabandon,noun,abandon\nvisit,verb,visit\nvisit,noun,visit\n"
             b"visits,verb,visit\nvisitor,noun,visitor\nvisit,verb,visited\n")
    path = tmp_path / question.LEXICON_FILE
    path.write_bytes(question._pairs(table))
    question.use_lexicon(str(path))
    try:
        assert question.parts_of_speech("visit") == {"noun", "verb"}
        assert question.parts_of_speech("Visits") == {"verb"}
        assert question.parts_of_speech("abandon") == {"noun", "verb"}  # the first lines
        assert question.parts_of_speech("zebra") == {"noun"}  # the last line
        assert question.parts_of_speech("o") == {"noun"}
        assert question.parts_of_speech("o'clock") == {"adv"}
        for absent in ("aardvark", "visi", "visitors", "zzz", "Tokayev", "2003"):
            assert question.parts_of_speech(absent) == frozenset(), absent
    finally:
        question._lexicon_file.clear()
        question._lexicon.cache_clear()
        question.parts_of_speech.cache_clear()


def test_the_version_imports_neither_whoosh_nor_typing():
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "kzpk", "--version"],
                         capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.startswith("kzpk ")
    imported = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines()}
    assert not {m for m in imported if m.split(".")[0] in ("whoosh", "typing", "rich", "typer")}


def test_typing_runs_for_whoever_uses_it_and_whoosh_keeps_working():
    code = """
from kzpk.lazy_whoosh import defer
defer()
import sys
import whoosh.util, whoosh.util.cache, whoosh.fields, whoosh.searching  # placeholders, no typing
print("__getattr__" in sys.modules["typing"].__dict__)
from typing import Any, Optional, TYPE_CHECKING  # any other module: the real names
import typing
print(Any is typing.Any, repr(Optional[int]), TYPE_CHECKING, typing.get_type_hints(
    (lambda: None).__class__.__call__) == {})
print(repr(typing.cast(int, "x")), "__getattr__" in typing.__dict__)
@whoosh.util.cache.lfu_cache(maxsize=2)
def double(x):
    return 2 * x
print(double(21), double(21))
from whoosh.filedb.structfile import StructFile
import io
print(StructFile(io.BytesIO(b"kzpk")).read(2))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                         check=True).stdout.splitlines()
    assert out == ["True", "True typing.Optional[int] False True", "'x' False", "42 42", "b'kz'"]
