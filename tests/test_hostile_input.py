"""Untrusted input (issue 11): every field of a document or record, hostile YAML, odd arguments.

Each test is one attack from the robustness review; the command must answer with the contract's
exit code and one clear line, and never let data drive the terminal.
"""

from __future__ import annotations

import io
import json
import time

import pytest
from conftest import REPO, SOURCE

ESC = "\x1b"


def test_record_fields_never_reach_rich_as_markup():
    """A date, kind or rank cell is data: '[/]' would be a MarkupError, '[link=…]' a hyperlink."""
    from kzpk.query import Hit, SearchResult, SearchView
    from kzpk.render import emit

    hit = Hit(1, 1.0, "[i]x", "x#p1", "[link=https://evil.example/x]CLICK[/link]", "t",
              "snippet", "[/]\x1b]0;PWN\x07", {"id": "x", "title": "T", "date": "[/]"})
    out = io.StringIO()
    emit(SearchView([SearchResult("q", 1, None, [hit])], False), "table", out)
    text = out.getvalue()
    assert "[/]" in text and "[link=https://evil.example/x]CLICK[/link]" in text
    assert "[i]x" in text
    assert ESC not in text and "\x07" not in text


def test_a_front_matter_date_must_be_a_date(kz, home, tmp_path):
    doc = tmp_path / "dated.md"
    doc.write_text('---\ntitle: Dated note\ndate: "\\e]0;PWN\\a[/]"\n---\nA note on lapis trade.\n')
    r = kz("add", str(doc))
    assert r.code == 2 and r.err.count("\n") == 1
    assert "dated.md:3: front matter 'date'" in r.err and "is not a date" in r.err
    assert ESC not in r.err and "\x07" not in r.err
    # A hand-edited source with such a date: validate names it, queries keep the last good index.
    assert kz("index").code == 0
    src = home / "records" / "sources" / "test-source.md"
    src.write_text(SOURCE.replace('date: "2022-05-09"', 'date: "[link=https://evil.example]x"'))
    r = kz("validate")
    assert r.code == 2 and "test-source.md:4: front matter 'date'" in r.out
    r = kz("search", "railways", "--format", "table")
    assert r.code == 0 and "last good index" in r.err and "evil" not in r.out


def test_an_impossible_yaml_date_is_reported_not_a_crash(kz, tmp_path):
    doc = tmp_path / "bad-date.md"
    doc.write_text("---\ntitle: A note\ndate: 2022-13-45\n---\nText about trade.\n")
    r = kz("add", str(doc))
    assert r.code == 2 and "'2022-13-45' is not a date" in r.err


def test_yaml_aliases_deep_nesting_and_duplicate_keys_are_refused(kz, home):
    assert kz("index").code == 0
    bomb = "- id: a\n  type: person\n  name: &x Lol\n  aliases: [*x, *x, *x]\n"
    deep = "- id: b\n  type: person\n  name: " + "[" * 100_000 + "]" * 100_000 + "\n"
    twice = "- id: c\n  type: person\n  name: One\n  name: Two\n"
    (home / "records" / "bomb.yaml").write_text(bomb)
    (home / "records" / "deep.yaml").write_text(deep)
    (home / "records" / "twice.yaml").write_text(twice)
    r = kz("validate")
    assert r.code == 2
    assert "bomb.yaml:4: YAML error: YAML alias *x is not allowed" in r.out
    assert "deep.yaml:3: YAML error: nested deeper than 64 levels" in r.out
    assert "twice.yaml:4: YAML error: duplicate key 'name'" in r.out
    r = kz("search", "railways")
    assert r.code == 0 and "last good index" in r.err


def test_front_matter_alias_is_refused(kz, tmp_path):
    doc = tmp_path / "alias.md"
    doc.write_text("---\ntitle: &t A note\nkind: *t\n---\nText about trade.\n")
    r = kz("add", str(doc))
    assert r.code == 2 and "alias.md:3: front matter is not valid YAML" in r.err


def test_an_argument_that_is_not_utf8_is_bad_input(home):
    import os
    import subprocess
    import sys

    env = {**os.environ, "KZPK_HOME": str(home)}
    p = subprocess.run([sys.executable, "-m", "kzpk", "search", b"tr\xa2de"], capture_output=True,
                       env=env)
    assert p.returncode == 2
    assert p.stderr.decode() == "error: argument b'tr\\xa2de' is not valid UTF-8 text\n"


def test_names_are_limited_like_queries(kz):
    name = "Musharraf " * 1_999 + "Musharraf"
    for args in (("profile", name), ("compare", name, "2011"), ("timeline", "--actor", name)):
        started = time.monotonic()
        r = kz(*args)
        assert r.code == 2 and "too long: 19999 characters (at most 200)" in r.err, args
        assert len(r.err) < 200 and time.monotonic() - started < 5


def test_minus_excludes_and_a_hyphenated_id_is_one_term(kz):
    """From the review: `-word` was ignored, and `source:cgss-roundtable-2022` found nothing
    (the '-' inside the id was read as an operator)."""
    r = kz("search", "railways", "--format", "jsonl")
    assert r.code == 0 and "test-source#p2" in r.out
    r = kz("search", "railways -trade", "--format", "jsonl")  # p2 also says "trade"
    assert r.code == 1 and not r.out
    r = kz("search", "trade -Islamabad", "--format", "jsonl")
    assert r.code == 0 and [json.loads(line)["id"] for line in r.out.splitlines()] == \
        ["trade-volume-2023"]
    r = kz("search", "source:test-source", "railways", "--format", "jsonl")
    assert r.code == 0 and json.loads(r.out.splitlines()[0])["id"] == "test-source#p2"


def test_both_yaml_loaders_refuse_alike_and_read_the_records_alike():
    import yaml

    from kzpk import safe_yaml

    for depth in (65, 100, 5000):  # past our limit; past libyaml's own (1,000) too
        text = "- id: b\n  name: " + "[" * depth + "]" * depth + "\n"
        with pytest.raises(yaml.MarkedYAMLError, match="nested deeper than 64 levels"):
            safe_yaml.load(text)
    for text in ("a: &x 1\nb: *x\n", "a: 1\na: 2\n"):
        with pytest.raises(yaml.MarkedYAMLError, match="alias|duplicate key"):
            safe_yaml.load(text)
    assert safe_yaml.load("d: 2022-13-45\ne: 2022-02-24\n") == {
        "d": "2022-13-45", "e": __import__("datetime").date(2022, 2, 24)}
    for path in (REPO / "records" / "places.yaml", REPO / "records" / "events.yaml"):
        text = path.read_text(encoding="utf-8")
        assert safe_yaml.load(text) == yaml.load(text, Loader=safe_yaml.SafeLoader), path
