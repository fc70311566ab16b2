"""Start-up: patterns compiled once per machine (kzpk/regex_cache.py), matching exactly as Python's
own compiler's do, and a damaged cache file costing nothing but the time it would have saved."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, run_script

# Each process compiles these (flags, groups, named groups, look-arounds, bytes) and prints what
# they match, which patterns the cache file served, and which it had to compile.
PROBE = r"""
import json, re, sys
from kzpk import regex_cache
regex_cache.install()
patterns = [(r"(?P<day>\d{1,2})\s+(?P<month>Jan|Feb)\w*", 0), (r"\bkazakh(?:stan)?\b", re.I),
            (r"(?<![\w.])(Dr|Mr)\.\s+([A-Z]\w+)", 0), (rb"\x00+(\d)", 0), (r"^a.$", re.M | re.S)]
text = "On 12 February Dr. Rakhimov of KAZAKHSTAN met Kazakh envoys\na\n"
out = []
for p, f in patterns:
    m = [x.groups() if isinstance(p, str) else x.groups() for x in
         re.compile(p, f).finditer(text if isinstance(p, str) else b"ab\x00\x007")]
    out.append([[g.decode() if isinstance(g, bytes) else g for g in t] for t in m])
    out.append(re.compile(p, f).groupindex.get("month"))
served = sum(1 for p, f in patterns if (p, int(f)) in regex_cache._used)
new = len(regex_cache._new)
regex_cache.save()
print(json.dumps([out, served, new]))
"""


def _probe(cache: Path) -> list:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    p = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env,
                       cwd=REPO, check=True)
    return json.loads(p.stdout)


def _files(cache: Path) -> list[Path]:
    return sorted((cache / "kzpk").glob("regex-*.marshal"))


def test_a_pattern_compiled_once_is_read_back_and_matches_the_same(tmp_path):
    first = _probe(tmp_path)
    assert first[1] == 0 and first[2] >= 5  # all compiled by Python, written to the file
    assert len(_files(tmp_path)) == 1
    second = _probe(tmp_path)
    assert second[1] == 5  # every one served from the file
    assert second[0] == first[0]  # and each matches what Python's own compiler's did
    assert first[0] == [[["12", "Feb"]], 2, [[], []], None, [["Dr", "Rakhimov"]], None,
                        [["7"]], None, [[]], None]


def test_nothing_is_written_when_nothing_new_was_compiled(tmp_path):
    _probe(tmp_path)
    (path,) = _files(tmp_path)
    os.utime(path, (1, 1))
    _probe(tmp_path)
    assert path.stat().st_mtime == 1


def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path, home):
    _probe(tmp_path)
    (path,) = _files(tmp_path)
    for damage in (b"", b"\x00garbage", path.read_bytes()[: len(path.read_bytes()) // 2]):
        path.write_bytes(damage)
        r = run_script(home, "search", "When was the CICA summit?", "-n", "1", "--format", "plain",
                       env={"XDG_CACHE_HOME": str(tmp_path)})
        assert r.code == 0 and r.err == "" and "CICA" in r.out
        assert isinstance(marshal.loads(path.read_bytes()[4:]), dict)  # written anew, whole


def test_a_file_changed_after_writing_is_not_read(tmp_path):
    first = _probe(tmp_path)
    (path,) = _files(tmp_path)
    raw = path.read_bytes()
    table = marshal.loads(raw[4:])
    kazakh, line = (r"\bkazakh(?:stan)?\b", 2), (r"^a.$", 24)  # re.I; re.M | re.S
    # two patterns' op codes swapped, as a changed byte might: each still valid, both wrong
    table[kazakh], table[line] = table[line], table[kazakh]
    path.write_bytes(raw[:4] + marshal.dumps(table))
    again = _probe(tmp_path)
    assert again[1] == 0 and again[0] == first[0]  # compiled by Python again, same matches


def test_an_unwritable_cache_folder_costs_nothing(tmp_path, home):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    r = run_script(home, "search", "trade", "-n", "1", "--format", "plain",
                   env={"XDG_CACHE_HOME": str(blocked)})
    assert r.code == 0 and r.err == "" and r.out.strip()


def test_a_search_compiles_nothing_the_cache_holds_whatever_the_hash_seed(real_home, tmp_path):
    # a pattern built from a set must be the same string in every process: Python's hash seed
    # changes a set's order from process to process, and a pattern that followed it was compiled
    # anew, and the cache file written again, by every search (twice the time of a search)
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    question = "Who is the director of the Area Study Centre?"
    r = run_script(real_home, "search", question, env={**env, "PYTHONHASHSEED": "1"})
    assert r.code == 0, r.err
    cache = next((tmp_path / "cache" / "kzpk").glob("regex-*.marshal"))
    before = cache.read_bytes()
    for seed in ("2", "3"):
        r = run_script(real_home, "search", question, env={**env, "PYTHONHASHSEED": seed})
        assert r.code == 0, r.err
        assert cache.read_bytes() == before  # nothing new compiled, the file not written again
