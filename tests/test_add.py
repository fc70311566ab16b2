"""`kzpk add`, and a corpus that survives bad files, concurrent readers and killed builds."""

from __future__ import annotations

import json
import os
import re
import signal
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, make_home, run_kzpk

ESC = "\x1b"


def sources(home: Path) -> list[str]:
    return sorted(p.name for p in (home / "records" / "sources").glob("*.md"))


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"  \n\n \n", "empty file"),
    ("blob.txt", bytes(range(256)) * 64, "binary file"),
    ("image.png", b"\x89PNG\r\n", "unsupported file type"),
    ("missing.txt", None, "no such file"),
])
def test_bad_files_are_refused_and_nothing_is_written(kz, home, tmp_path, name, content, reason):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = sources(home)
    r = kz("add", str(path))
    assert r.code == 2
    assert r.err.count("\n") == 1 and name in r.err and reason in r.err
    assert sources(home) == before


def test_unreadable_file(kz, home, tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    r = kz("add", str(path))
    assert r.code == 2 and "permission denied" in r.err


def test_added_text_is_searchable_at_once_without_a_rebuild(kz, home, tmp_path):
    assert kz("index").code == 0
    doc = tmp_path / "note.txt"
    doc.write_text("Pipeline talks in Almaty\n\nIslamabad, 2 November 2022. Delegates discussed "
                   "the quokkafruit pipeline at length.\n")
    r = kz("add", str(doc))
    assert r.code == 0 and r.out.startswith("added pipeline-talks-in-almaty") and not r.err
    r = kz("search", "quokkafruit", "--json")
    assert r.code == 0 and "rebuild" not in r.err
    hit = r.json()["results"][0]
    assert hit["id"] == "pipeline-talks-in-almaty#p1"
    assert hit["date"] == "2022-11-02" and hit["source"]["title"] == "Pipeline talks in Almaty"



def test_a_big_add_says_what_it_is_doing_in_a_pipe(kz, tmp_path, monkeypatch):
    # extraction and indexing of a big file take a while: each step says so on stderr, and
    # indexing counts its way; a small file stays quiet (BIG_BATCH lowered to keep this fast)
    import kzpk.commands

    monkeypatch.setattr(kzpk.commands, "BIG_BATCH", 3)
    assert kz("index").code == 0
    doc = tmp_path / "long.txt"
    doc.write_text("\n\n".join(f"Rail freight talk number {i} in Astana." for i in range(30)))
    r = kz("add", str(doc))
    assert r.code == 0, r.err
    lines = r.err.splitlines()
    assert "kzpk: extracting records…" in lines and "kzpk: adding to the index…" in lines
    assert "kzpk: extracting records: 100 %" in lines  # how far, in %, within one document too
    assert any(re.fullmatch(r"kzpk: adding to the index: (\d+)/\1", line) for line in lines), lines
    assert ESC not in r.err
    small = tmp_path / "short.txt"
    small.write_text("One line about rail freight.")
    r = kz("add", str(small))
    assert r.code == 0 and r.err == "", r.err


def test_a_long_title_gives_an_id_cut_between_words(kz, tmp_path):
    doc = tmp_path / "long-title.md"
    doc.write_text("# Kazakhstan and Pakistan agree on the Termez Peshawar railways corridor for "
                   "freight\n\nThe corridor was agreed in Tashkent.\n")
    r = kz("add", str(doc), "--format", "tsv")
    assert r.code == 0, r.err
    sid = r.out.splitlines()[1].split("\t")[0]
    assert sid == "kazakhstan-and-pakistan-agree-on-the-termez-peshawar", sid

def test_same_content_twice_is_not_duplicated(kz, home, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Caravan note\n\nThe caravan reached Almaty.\n")
    copy = tmp_path / "b.txt"
    copy.write_text("Caravan note\n\nThe caravan   reached Almaty.\n")  # same text, other spacing
    assert kz("add", str(doc)).code == 0
    r = kz("add", str(copy))
    assert r.code == 1 and "already in the corpus" in r.err  # nothing added: exit 1
    assert len([s for s in sources(home) if s.startswith("caravan")]) == 1


def test_several_files_good_ones_added_bad_ones_reported(kz, home, tmp_path):
    good = tmp_path / "good.md"
    good.write_text("---\ntitle: A Good Note\nauthor: Someone\n---\nThe good note mentions xylograph.\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    r = kz("add", str(good), str(bad))
    assert r.code == 2 and "bad.txt" in r.err
    assert "a-good-note.md" in sources(home)
    text = (home / "records" / "sources" / "a-good-note.md").read_text()
    assert "author: Someone" in text  # front matter kept
    assert kz("search", "xylograph").code == 0


def test_html_article_extraction(kz, home, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("""<html><head><title>Site | News</title><style>p{color:red}</style>
        <script>var tracker = 'scriptword';</script></head><body>
        <nav><a href="/">Home</a> navword</nav>
        <article><h1>Envoy meets traders</h1><p>Islamabad, 3 March 2024: The envoy discussed
        <b>lapislazuli</b> exports.</p><p>Second paragraph.</p></article>
        <footer>footerword</footer></body></html>""")
    r = kz("add", str(page))
    assert r.code == 0, r.err
    text = (home / "records" / "sources" / "envoy-meets-traders.md").read_text()
    assert "title: Envoy meets traders" in text and "date: '2024-03-03'" in text
    assert "lapislazuli exports" in text
    for junk in ("scriptword", "navword", "footerword", "color:red"):
        assert junk not in text


def test_a_saved_page_without_an_article_tag_loses_its_furniture(kz, home, tmp_path):
    # a WordPress-style page: the story's own <header> (headline), a cookie banner, a
    # sidebar of widgets, a live ticker and a comment thread, all in plain <div>s
    page = tmp_path / "saved.html"
    page.write_text("""<html><head><title>Envoy meets traders - Site Times</title></head><body>
        <div class="cookie-banner">We use cookies. cookieword <a>Accept</a></div>
        <div class="live-ticker">Hockey final tomorrow tickerword</div>
        <div class="post"><header class="entry-header"><h1>Envoy meets traders</h1></header>
        <p>LAHORE: The envoy discussed lapislazuli exports with traders.</p></div>
        <div id="sidebar"><div class="widget"><h3>Popular</h3><ul><li>sidebarword wins
        cup</li></ul></div></div>
        <div class="comments"><p>Reader: great news commentword</p></div>
        </body></html>""")
    assert kz("add", str(page)).code == 0
    r = kz("search", "lapislazuli", "--format", "plain", "-n", "1")
    assert r.code == 0 and "Envoy meets traders (" in r.out and "Site Times" not in r.out
    for junk in ("cookieword", "tickerword", "sidebarword", "commentword"):
        r = kz("search", junk)
        assert r.code == 1 and "no document mentions" in r.err, junk


def test_latin1_file_is_decoded(kz, home, tmp_path):
    doc = tmp_path / "latin.txt"
    doc.write_bytes("Café diplomacy in Almaty\n\nA note on café culture, 2021.\n".encode("latin-1"))
    r = kz("add", str(doc))
    assert r.code == 0
    assert "Café culture" in kz("search", "cafe", "--format", "plain").out.replace("café", "Café")


def test_hostile_text_in_every_format(kz, home, tmp_path):
    doc = tmp_path / "hostile.md"
    doc.write_text("Hostile document\n\nQWXMARKER [bold red]INJECT[/bold red] "
                   "[link=file:///etc/passwd]click[/link] \x1b[31mRED\x1b[0m \x1b]0;pwned\x07 "
                   "\x1b]52;c;aGVsbG8=\x07 end about trade.\n")
    assert kz("add", str(doc)).code == 0
    for fmt in ("table", "plain", "tsv", "json", "jsonl"):
        r = kz("search", "QWXMARKER", "--format", fmt)
        assert r.code == 0
        assert ESC not in r.out and "\x07" not in r.out, fmt
        assert "[bold red]INJECT[/bold red]" in r.out, fmt
    r = kz("show", "hostile-document#p1", "--format", "table")
    assert ESC not in r.out and "[bold red]" in r.out
    r = kz("search", "\x1b]0;evil\x07zzzz")  # a hostile query echoed back
    assert ESC not in r.out + r.err and "\x07" not in r.out + r.err


def test_bundled_corpus_is_read_only(tmp_path, monkeypatch):
    """Installed as a package (no checkout around it), kzpk answers from the corpus bundled in
    it, indexes it in the user's cache, and refuses to add to it, saying where it is."""
    import kzpk.home

    package = tmp_path / "site-packages" / "kzpk"
    shutil.copytree(make_home(tmp_path / "h") / "records", package / "_records")
    monkeypatch.setattr(kzpk.home, "__file__", str(package / "home.py"))
    monkeypatch.delenv("KZPK_HOME")
    before = sorted((package / "_records").rglob("*"))
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    r = run_kzpk(None, "search", "Kistafin", "-n", "1", env=env)
    assert r.code == 0 and r.out
    assert list((tmp_path / "cache" / "kzpk").glob("bundled-*/index/CURRENT"))
    doc = tmp_path / "note.txt"
    doc.write_text("A note\n\nSomething new about trade.\n")
    r = run_kzpk(None, "add", str(doc), env=env)
    assert r.code == 2
    assert f"read-only: {package / '_records'}" in r.err and "KZPK_HOME" in r.err
    assert sorted((package / "_records").rglob("*")) == before


# ------------------------------------------------------------------ concurrency and kills

def _popen(home: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "KZPK_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-m", "kzpk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)


# `kzpk ARGS` in a new process whose index writer, after its first document, makes the file
# PAUSED and waits for the file GO: a real build caught midway, holding the writer lock and its
# half-written build folder, for as long as the test needs (at most a minute).
PAUSING_BUILD = """
import os, sys, time
import kzpk.index_store as store
paused, go = sys.argv[1:3]
fill = store._fill
def pausing_fill(writer, docs, progress):
    add = writer.add_document
    def add_then_wait(**doc):
        add(**doc)
        writer.add_document = add
        open(paused, "w").close()
        deadline = time.monotonic() + 60
        while not os.path.exists(go) and time.monotonic() < deadline:
            time.sleep(0.01)
    writer.add_document = add_then_wait
    fill(writer, docs, progress)
store._fill = pausing_fill
sys.argv = ["kzpk", *sys.argv[3:]]
from kzpk.main import main
main()
"""


def _paused_build(home: Path, tmp_path: Path, *args: str) -> tuple[subprocess.Popen, Path]:
    """Start `kzpk ARGS` and return once its build is paused midway; touch the returned path
    to let it go on."""
    paused, go = tmp_path / "paused", tmp_path / "go"
    env = {**os.environ, "KZPK_HOME": str(home)}
    p = subprocess.Popen([sys.executable, "-c", PAUSING_BUILD, str(paused), str(go), *args],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                         cwd=REPO)
    deadline = time.monotonic() + 60
    while not paused.exists() and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert paused.exists(), p.communicate()[1] if p.poll() is not None else "no pause in 60 s"
    return p, go


def _generation(home: Path) -> str:
    return json.loads((home / "index" / "CURRENT").read_text())["generation"]


def test_readers_keep_answering_while_a_rebuild_runs(home, tmp_path):
    assert run_kzpk(home, "index").code == 0
    builder, go = _paused_build(home, tmp_path, "index", "--rebuild")
    try:
        assert list((home / "index").glob(".build-*"))  # the rebuild is under way
        for q in ("trade", "Kistafin", "railways", "CICA summit", "Islamabad", "roundtable"):
            r = run_kzpk(home, "search", q, "--format", "jsonl")
            assert r.code == 0 and r.out.strip() and not r.err, (q, r.err)
        assert builder.poll() is None  # they answered while it was still building
    finally:
        go.touch()
    _, err = builder.communicate(timeout=60)
    assert builder.returncode == 0, err


def test_a_build_killed_midway_costs_nothing(home, tmp_path):
    assert run_kzpk(home, "index").code == 0
    live = _generation(home)
    p, _ = _paused_build(home, tmp_path, "index", "--rebuild")
    assert list((home / "index").glob(".build-*"))  # killed with its build folder half written
    p.send_signal(signal.SIGKILL)
    p.wait()
    assert _generation(home) == live
    r = run_kzpk(home, "search", "trade")
    assert r.code == 0 and r.out.strip() and not r.err
    assert run_kzpk(home, "index", "--rebuild").code == 0
    assert not list((home / "index").glob(".build-*"))  # the next build cleaned up
    assert _generation(home) != live


def test_two_writers_never_interleave(tmp_path):
    from conftest import make_home

    home = make_home(tmp_path / "h")
    builders = [_popen(home, "index", "--rebuild") for _ in range(3)]
    for p in builders:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    gens = list((home / "index").glob("gen-*"))
    live = json.loads((home / "index" / "CURRENT").read_text())["generation"]
    assert (home / "index" / live).is_dir() and len(gens) <= 2
    assert run_kzpk(home, "search", "trade").code == 0


def test_extraction_reports_how_far_it_is_within_one_long_document(tmp_path):
    from kzpk.extract import NameMatcher, extract
    from kzpk.sources import read_source

    doc = tmp_path / "long.md"
    doc.write_text("---\nid: long\ntitle: Long\n---\n"
                   + " ".join(f"Talk number {i} was held." for i in range(1200)) + "\n")
    seen: list[float] = []
    extract(read_source(doc), NameMatcher([]), set(), step=seen.append)
    assert seen == sorted(seen) and seen[0] == 0 and any(0 < f < 0.5 for f in seen)
    assert any(0.5 < f < 1 for f in seen)
