"""`kzpk validate` on the real records and on each kind of broken record; coverage of the corpus."""

from __future__ import annotations

import copy
import functools
import re
from pathlib import Path
from collections import Counter

import pytest
import yaml

from conftest import REPO, make_home, run_kzpk

RECORDS_DIR = REPO / "records"


@functools.cache
def _project_records() -> list[dict]:
    # libyaml's safe loader when PyYAML has it: the same data as yaml.safe_load, 8x faster.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    out = []
    for path in sorted(RECORDS_DIR.glob("*.yaml")):
        out += yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []  # noqa: S506
    return out


def load_all() -> list[dict]:
    """The project's records as plain data, read once per session (a fresh copy per call)."""
    return copy.deepcopy(_project_records())


def test_project_records_validate(real_home):
    r = run_kzpk(real_home, "validate")
    assert r.code == 0, r.err
    assert r.out.startswith("ok: 5 sources")


BROKEN = {
    "yaml-syntax": ("- id: broken\n  name: [unclosed\n  type: person\n", r"broken\.yaml:\d+: YAML error"),
    "python-tag": ("- !!python/object/apply:os.system ['touch {marker}']\n", r"broken\.yaml:1: .*tag"),
    "not-a-list": ("id: lonely\ntype: person\n", r"broken\.yaml:1: expected a list"),
    "unknown-type": ("- id: x1\n  type: planet\n  name: X\n", r"broken\.yaml:2: x1: unknown type"),
    "missing-field": ("- id: ev1\n  type: event\n  date: '2020'\n  summary: s\n"
                      "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                      r"broken\.yaml:1: ev1: missing 'title'"),
    "bad-date": ("- id: ev2\n  type: event\n  date: '2020-13-45'\n  title: t\n  summary: s\n"
                 "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                 r"broken\.yaml:3: 'date' is not a valid date"),
    "precision-mismatch": ("- id: ev3\n  type: event\n  date: '2020-05'\n  date_precision: day\n  title: t\n  summary: s\n"
                           "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                           r"broken\.yaml:4: ev3: date_precision 'day' does not match"),
    "duplicate-id": ("- id: pervez-musharraf\n  type: person\n  name: Someone\n"
                     "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                     r"(test|broken)\.yaml:\d+: duplicate id 'pervez-musharraf' \(first defined at .*\.yaml:\d+\)"),
    "unknown-reference": ("- id: f9\n  type: fact\n  subject: [nobody-at-all]\n  statement: s\n"
                          "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                          r"broken\.yaml:1: f9: subject refers to unknown id 'nobody-at-all'"),
    "quote-not-verbatim": ("- id: p9\n  type: person\n  name: P\n"
                           "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Kistafin said hello'}]\n",
                           r"broken\.yaml:1: p9: citation: quote not found verbatim in test-source#p1"),
    "unknown-passage": ("- id: p8\n  type: person\n  name: P\n"
                        "  sources: [{source: test-source, passage: 'test-source#p99', quote: 'x'}]\n",
                        r"broken\.yaml:1: p8: citation names unknown passage"),
    "no-sources": ("- id: p7\n  type: person\n  name: P\n", r"broken\.yaml:1: p7: no 'sources'"),
    "unknown-field": ("- id: p6\n  type: person\n  name: P\n  nmae: Q\n"
                      "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                      r"broken\.yaml:4: p6: unknown field 'nmae' for a person record"),
    "duplicate-key": ("- id: p5\n  type: person\n  name: P\n  name: Q\n"
                      "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                      r"broken\.yaml:4: YAML error: duplicate key 'name'"),
    "bad-status": ("- id: p4\n  type: person\n  name: P\n  status: approved\n"
                   "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                   r"broken\.yaml:4: p4: unknown status 'approved' \(one of curated, extracted\)"),
    "link-unknown-id": ("- id: p3\n  type: person\n  name: P\n  links: [{id: nobody-at-all, kind: disagrees}]\n"
                        "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                        r"broken\.yaml:4: p3: link refers to unknown id 'nobody-at-all'"),
    "link-bad-kind": ("- id: p2\n  type: person\n  name: P\n  links: [{id: ipri, kind: contradicts}]\n"
                      "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                      r"broken\.yaml:4: p2: unknown link kind 'contradicts' \(one of disagrees, story\)"),
    "link-not-mirrored": ("- id: p1\n  type: fact\n  subject: [ipri]\n  statement: s\n"
                          "  links: [{id: trade-volume-2023, kind: disagrees}]\n"
                          "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n",
                          r"broken\.yaml:5: p1: links to trade-volume-2023 \(disagrees\) but trade-volume-2023 "
                          r"\(records/test\.yaml:\d+\) does not link back"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_kind_of_broken_record_is_reported_with_file_and_line(tmp_path, case):
    home = make_home(tmp_path / "h")
    marker = tmp_path / "pwned"
    text, pattern = BROKEN[case]
    (home / "records" / "broken.yaml").write_text(text.replace("{marker}", str(marker)))
    r = run_kzpk(home, "validate")
    assert r.code == 2, r.err
    assert re.search(pattern, r.out), r.out + r.err  # problems are the output
    assert "Traceback" not in r.err
    assert not marker.exists()


def test_all_problems_are_reported_at_once(tmp_path):
    home = make_home(tmp_path / "h")
    bad = "".join(BROKEN[c][0] for c in ("unknown-type", "no-sources"))
    (home / "records" / "broken.yaml").write_text(bad.replace("- id: p7", "- id: p7b"))
    (home / "records" / "other.yaml").write_text(BROKEN["yaml-syntax"][0])
    r = run_kzpk(home, "validate")
    assert r.code == 2
    assert "broken.yaml:2:" in r.out and "broken.yaml:4:" in r.out and "other.yaml:" in r.out
    assert "3 problems found" in r.err


def test_a_yaml_syntax_error_is_reported_once_not_as_a_cascade_of_unknown_ids(tmp_path):
    home = make_home(tmp_path / "h")
    # test.yaml defines the people every other file refers to; break it.
    test_yaml = home / "records" / "test.yaml"
    test_yaml.write_text(test_yaml.read_text() + "- id: [unclosed\n")
    (home / "records" / "more.yaml").write_text(
        "- id: f8\n  type: fact\n  subject: [yerzhan-kistafin, ipri]\n  statement: s\n"
        "  links: [{id: trade-volume-2023, kind: story}]\n"
        "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin'}]\n")
    r = run_kzpk(home, "validate")
    assert r.code == 2
    assert re.search(r"test\.yaml:\d+: YAML error", r.out), r.out  # the problems are the output
    assert "unknown id" not in r.out and "1 problem found" in r.err, r.out + r.err


def test_mirrored_links_notes_and_extracted_records_validate(tmp_path):
    home = make_home(tmp_path / "h")
    (home / "records" / "more.yaml").write_text(
        "- id: trade-story\n  type: fact\n  subject: [ipri]\n  statement: s\n  status: curated\n"
        "  note: The subject is inferred from test-source#p2.\n"
        "  links: [{id: trade-story-later, kind: story}]\n"
        "  sources: [{source: test-source, passage: 'test-source#p2', quote: 'The Islamabad Policy Research Institute (IPRI)'}]\n")
    (home / "records" / "extracted").mkdir()
    extracted = home / "records" / "extracted" / "test-source.yaml"
    extracted.write_text(
        "- id: trade-story-later\n  type: fact\n  subject: [ipri]\n  statement: s\n  status: extracted\n"
        "  links: [{id: trade-story, kind: story}]\n"
        "  sources: [{source: test-source, passage: 'test-source#p2', quote: 'The Islamabad Policy Research Institute (IPRI)'}]\n")
    r = run_kzpk(home, "validate")
    assert r.code == 0, r.err
    assert "8 records (2 event, 3 fact" in r.out
    extracted.write_text(extracted.read_text().replace("kind: story", "kind: disagrees"))
    r = run_kzpk(home, "validate")
    assert r.code == 2
    assert re.search(r"extracted/test-source\.yaml:6: trade-story-later: links to trade-story "
                     r"\(disagrees\) but trade-story \(records/more\.yaml:1\) does not link back", r.out), r.out
    assert re.search(r"more\.yaml:7: trade-story: links to trade-story-later \(story\)", r.out), r.out


def test_a_record_reads_back_from_the_index_snapshot_as_the_same_frozen_record(tmp_path):
    import dataclasses
    import json

    from kzpk.corpus import load_corpus
    from kzpk.records import record_from_dict

    home = make_home(tmp_path / "h")
    (home / "records" / "more.yaml").write_text(
        "- id: trade-figure\n  type: fact\n  subject: [ipri]\n  statement: s\n  value: 138\n"
        "  unit: million USD\n  speaker: yerzhan-kistafin\n  links: [{id: trade-later, kind: story}]\n"
        "  sources: [{source: test-source, passage: 'test-source#p2', quote: 'Bilateral trade reached $138 million'}]\n"
        "- id: trade-later\n  type: fact\n  subject: [ipri]\n  statement: t\n"
        "  links: [{id: trade-figure, kind: story}]\n"
        "  sources: [{source: test-source, passage: 'test-source#p2', quote: 'The Islamabad Policy Research Institute (IPRI)'}]\n")
    corpus = load_corpus(home / "records")
    kinds = {r.type for r in corpus.records}
    assert {"person", "organization", "event", "fact"} <= kinds
    assert any(getattr(r, "roles", ()) for r in corpus.records)
    assert any(r.links for r in corpus.records)
    for r in corpus.records:
        back = record_from_dict(json.loads(json.dumps(r.to_dict())))
        assert back == dataclasses.replace(r, file="", line=0), r.id
        assert back.to_dict() == r.to_dict()
        for f in dataclasses.fields(back):
            assert not isinstance(getattr(back, f.name), list), (r.id, f.name)
        with pytest.raises(dataclasses.FrozenInstanceError):
            back.id = "changed"


def test_index_refuses_invalid_records_and_keeps_serving(tmp_path):
    home = make_home(tmp_path / "h")
    assert run_kzpk(home, "index").code == 0
    (home / "records" / "broken.yaml").write_text(BROKEN["unknown-type"][0])
    r = run_kzpk(home, "index", "--rebuild")
    assert r.code == 2 and "kzpk validate" in r.err
    assert run_kzpk(home, "search", "Kistafin").code == 0


# ------------------------------------------------------------------ coverage of the corpus

def test_coverage_counts():
    kinds = Counter(r["type"] for r in load_all())
    assert kinds["person"] >= 55
    assert kinds["organization"] >= 45
    assert kinds["event"] >= 40
    assert kinds["fact"] >= 40


def test_every_listed_speaker_has_a_cited_role():
    """Speakers of the roundtable and conference reports, as their reports list them."""
    by_name = {}
    for r in load_all():
        if r["type"] == "person":
            for n in [r["name"], *(r.get("aliases") or [])]:
                n = n["name"] if isinstance(n, dict) else n  # {name: ..., transliteration: true}
                by_name[n.casefold()] = r
    speakers = ["Yerzhan Kistafin", "Shabir Ahmad Khan", "Zarmina Baloch", "Lidiya Parkhomchik",
                "Ume Farwa", "Abylay Asylkhan", "Ashfaq Ahmed Gondal", "Gauhar Khalilovna Beiseeva",
                "Usama Nizamani", "Murat Laumulin", "Kaliyeva Elmira Abdykovna",
                "Muhammad Rashid Mafzool Zaka", "Muhammad Anwar", "Laraib Fatima Hassan",
                "Khalid Mahmood", "Askhat Kessikbayev", "Muhammad Iqbal Choudhary", "Fahad Haroon",
                "Talat Shabbir", "Hasan Ali Zaigham", "Sergey Savelyev", "Moin ul Haque",
                "Yasar Ayaz", "Amina Khan", "Hassan Daud Butt", "Sajid Amin", "Mukhit Asanbayev",
                "Amna Mahmood", "Khurram Dastgir Khan", "Farhat Asif", "Razia Sultana",
                "Toktarov Yermek Bauyrzhanovich", "Zahid Anwar", "Muhammad Munir", "Mushab Yousafi"]
    missing = [s for s in speakers if s.casefold() not in by_name or not by_name[s.casefold()].get("roles")]
    assert not missing


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 8]


def test_no_summary_copies_a_sentence_of_a_source():
    from kzpk.sources import load_sources
    from kzpk.text import fold

    corpus = " ".join(fold(p.text) for s in load_sources(RECORDS_DIR) for p in s.passages)
    copied = []
    for r in load_all():
        for field in ("summary", "statement", "description"):
            for sentence in _sentences(r.get(field) or ""):
                if fold(sentence).rstrip(".") in corpus:
                    copied.append((r["id"], sentence))
    assert not copied


def test_disagreeing_sources_both_stay():
    facts = [r for r in load_all() if r["type"] == "fact"]
    documents = {(f.get("value"), f["sources"][0]["source"]) for f in facts
                 if f.get("qualifier") == "more than" and f.get("value") in (35, 36)}
    assert {v for v, _ in documents} == {35, 36}
    events = [r for r in load_all() if r["type"] == "event"]
    sco_founding = {e["date"][:4] for e in events if "sco" in e["id"] and "found" in e["id"]}
    assert {"1996", "2001"} <= sco_founding


# ------------------------------------------------------------------ links and undated facts, as users see them

LINKED_SOURCE_TAIL = "\nAnother estimate by IPRI put bilateral trade at $140 million in 2023.\n"
LINKED_RECORDS = """\
- id: trade-volume-2023-ipri-estimate
  type: fact
  subject: [ipri]
  statement: IPRI's estimate of two-way commerce in 2023 was $140 million.
  value: 140000000
  unit: USD
  date: "2023"
  topics: [trade]
  links: [{id: trade-volume-2023, kind: disagrees}]
  sources:
    - {source: test-source, passage: "test-source#p4", quote: Another estimate by IPRI put bilateral trade at $140 million in 2023.}
- id: musharraf-at-cica-2002
  type: fact
  subject: [pervez-musharraf]
  statement: Musharraf went to the Almaty summit.
  date: "2002-06-04"
  topics: [multilateral]
  sources:
    - {source: test-source, passage: "test-source#p3", quote: President Pervez Musharraf attended the CICA summit in Almaty on 4 June 2002}
- id: ipri-railways-session
  type: fact
  subject: [ipri]
  statement: IPRI held a railways session.
  topics: [transport]
  sources:
    - {source: test-source, passage: "test-source#p2", quote: The Islamabad Policy Research Institute (IPRI) hosted a session on railways.}
"""


@pytest.fixture(scope="module")
def linked_home(tmp_path_factory) -> Path:
    from conftest import SOURCE

    home = make_home(tmp_path_factory.mktemp("linked") / "h", source=SOURCE + LINKED_SOURCE_TAIL)
    test_yaml = home / "records" / "test.yaml"
    test_yaml.write_text(test_yaml.read_text().replace(
        "  date: \"2023\"\n",
        "  date: \"2023\"\n  links: [{id: trade-volume-2023-ipri-estimate, kind: disagrees}]\n", 1))
    (home / "records" / "more.yaml").write_text(LINKED_RECORDS)
    r = run_kzpk(home, "validate")
    assert r.code == 0, r.out + r.err
    return home


def test_fact_timeline_in_date_order_with_undated_facts_last_and_said_so(linked_home):
    doc = run_kzpk(linked_home, "timeline", "--kind", "fact", "--json").json()
    assert [e["date"] for e in doc["events"]] == ["2002-06-04", "2023", "2023", None]
    assert doc["events"][-1]["id"] == "ipri-railways-session"
    plain = run_kzpk(linked_home, "timeline", "--kind", "fact", "--format", "plain").out.splitlines()
    assert plain[0].startswith("2002-06-04") and plain[-1].startswith("undated IPRI held a railways session")
    table = run_kzpk(linked_home, "timeline", "--kind", "fact", "--format", "table").out
    assert "undated" in table and "4 facts, the last 1 undated" in table
    r = run_kzpk(linked_home, "timeline", "--kind", "fact", "--since", "2020", "--json")
    assert "ipri-railways-session" not in r.out  # an undated fact is not placed in a period
    assert r.err == "kzpk: --since/--until: 1 undated fact not shown\n"  # and that is said
    r = run_kzpk(linked_home, "timeline", "--kind", "fact", "--since", "1800", "--until", "1801")
    assert r.code == 1 and "no facts match" in r.err, r.err


def test_show_gives_each_record_as_the_index_stores_it(linked_home):
    # show reads a record back into the typed model; nothing the index stores may be lost on the way
    import json

    from kzpk.index_store import open_index, read_state

    assert run_kzpk(linked_home, "index").code == 0
    with open_index(read_state(linked_home / "index")).searcher() as searcher:
        docs = [d for d in searcher.all_stored_fields() if d["kind"] != "passage"]
    assert any(json.loads(d["payload"])["record"]["links"] for d in docs)
    for d in docs:
        payload = json.loads(d["payload"])
        stored = {**payload["record"], "kind": d["kind"], "title": d["title"],
                  "text": payload["display"]}
        shown = run_kzpk(linked_home, "show", d["id"], "--format", "json").json()["item"]
        assert list(shown.items()) == list(stored.items()), d["id"]


def test_a_disagreement_is_shown_side_by_side_in_timeline_profile_and_search(linked_home):
    line = "disagrees with trade-volume-2023-ipri-estimate (2023, test-source): IPRI's estimate"
    doc = run_kzpk(linked_home, "timeline", "--kind", "fact", "--json").json()
    [ours] = [e for e in doc["events"] if e["id"] == "trade-volume-2023"]
    assert [(x["id"], x["kind"]) for x in ours["links"]] == [("trade-volume-2023-ipri-estimate", "disagrees")]
    assert line in run_kzpk(linked_home, "timeline", "--kind", "fact", "--format", "plain").out
    assert line in run_kzpk(linked_home, "timeline", "--kind", "fact", "--format", "table").out
    for fmt in ("plain", "table"):
        out = run_kzpk(linked_home, "profile", "Kistafin", "--format", fmt).out
        assert line in out, out
        out = run_kzpk(linked_home, "profile", "IPRI", "--format", fmt).out
        assert "disagrees with trade-volume-2023 (2023, test-source): Two-way commerce" in \
            " ".join(out.split()), out  # a table may wrap it anywhere
    hits = run_kzpk(linked_home, "search", "138 million trade", "--json").json()["results"]
    [hit] = [h for h in hits if h["id"] == "trade-volume-2023"]
    assert hit["links"][0]["id"] == "trade-volume-2023-ipri-estimate" and hit["links"][0]["quote"]
    for fmt in ("plain", "table"):
        out = run_kzpk(linked_home, "search", "138 million trade", "--format", fmt).out
        assert line in out.replace("\n", " ") if fmt == "plain" else "disagrees with" in out, out


# ------------------------------------------------------------------ each field stands in its quotes

P1 = "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'On 9th May 2022, a roundtable on trade was held in Islamabad.'}]\n"
P2 = "  sources: [{source: test-source, passage: 'test-source#p2', quote: 'Bilateral trade reached $138 million in 2023'}]\n"
UNSUPPORTED = {
    "date-not-in-quote": ("- id: e1\n  type: event\n  date: '2022-05-10'\n  title: A meeting\n  summary: s\n" + P1,
                          r"broken\.yaml:3: e1: date 2022-05-10: day 10 not in the record's quotes"),
    "date-note-contradicts-precision": (
        "- id: e2\n  type: event\n  date: '2022-05-12'\n  date_precision: day\n"
        "  date_note: The report gives the month; the exact day is not given.\n  title: A meeting\n  summary: s\n" + P1,
        r"broken\.yaml:5: e2: date_note says the day is not given, but date 2022-05-12 has day precision"),
    "actor-not-in-quote": ("- id: e3\n  type: event\n  date: '2022-05-09'\n  title: A trade talk\n  summary: s\n"
                           "  actors: [pervez-musharraf]\n" + P1,
                           r"broken\.yaml:6: e3: actor pervez-musharraf \('Pervez Musharraf'\) is not named in the "
                           r"record's quotes"),
    "speaker-not-in-quote": ("- id: f1\n  type: fact\n  subject: [ipri]\n  statement: s\n  speaker: pervez-musharraf\n"
                             "  sources: [{source: test-source, passage: 'test-source#p2', quote: 'The Islamabad Policy "
                             "Research Institute (IPRI) hosted a session on railways.'}]\n",
                             r"broken\.yaml:5: f1: speaker pervez-musharraf \('Pervez Musharraf'\) is not named"),
    "role-organisation-not-in-quote": (
        "- id: someone\n  type: person\n  name: Yerzhan\n  roles:\n  - {title: Ambassador, organization: ipri, "
        "source: test-source, passage: 'test-source#p1', quote: Ambassador Yerzhan Kistafin opened it.}\n"
        "  sources: [{source: test-source, passage: 'test-source#p1', quote: Ambassador Yerzhan}]\n",
        r"broken\.yaml:4: someone: role 'Ambassador': organisation ipri \('Islamabad Policy Research Institute'\) "
        r"is not named"),
    "role-holder-not-in-quote": (
        "- id: ipri-head\n  type: person\n  name: Pervez Musharraf\n  roles:\n  - {title: President, "
        "source: test-source, passage: 'test-source#p3', quote: 'President Pervez'}\n"
        "  sources: [{source: test-source, passage: 'test-source#p3', quote: President Pervez Musharraf}]\n",
        r"broken\.yaml:4: ipri-head: role 'President': its quote does not name 'Pervez Musharraf'"),
    "place-not-in-quote": ("- id: e5\n  type: event\n  date: '2022-05-09'\n  title: A trade talk\n  summary: s\n"
                           "  place: ipri\n" + P1,
                           r"broken\.yaml:6: e5: place ipri \('Islamabad Policy Research Institute'\) is not named"),
    "unit-not-in-quote": ("- id: f3\n  type: fact\n  subject: [ipri]\n  statement: s\n  value: 138\n  unit: EUR million\n"
                          "  note: IPRI is named in test-source#p2\n" + P2,
                          r"broken\.yaml:6: f3: unit 'EUR million': eur not in the record's quotes"),
    "role-title-not-in-quote": (
        "- id: kistafin2\n  type: person\n  name: Yerzhan Kistafin\n  roles:\n  - {title: Chief Ambassador, "
        "source: test-source, passage: 'test-source#p1', quote: Ambassador Yerzhan Kistafin opened it.}\n"
        "  sources: [{source: test-source, passage: 'test-source#p1', quote: Ambassador Yerzhan Kistafin}]\n",
        r"broken\.yaml:4: kistafin2: role title 'Chief Ambassador': chief not in the role's quote"),
    "role-date-not-in-quote": (
        "- id: kistafin3\n  type: person\n  name: Yerzhan Kistafin\n  roles:\n  - {title: Ambassador, date: '2021', "
        "source: test-source, passage: 'test-source#p1', quote: Ambassador Yerzhan Kistafin opened it.}\n"
        "  sources: [{source: test-source, passage: 'test-source#p1', quote: Ambassador Yerzhan Kistafin}]\n",
        r"broken\.yaml:4: kistafin3: role 'Ambassador' date 2021: year 2021 not in the role's quote"),
    "value-not-in-quote": ("- id: f2\n  type: fact\n  subject: [ipri]\n  statement: s\n  value: 183000000\n  unit: USD\n"
                           "  note: IPRI is named in test-source#p2\n" + P2,
                           r"broken\.yaml:5: f2: value 183,000,000 is not in the record's quotes"),
    "alias-in-no-source": ("- id: p9\n  type: person\n  name: Kistafin\n  aliases: [Yerzhan Bekovich Kistafin]\n"
                           "  sources: [{source: test-source, passage: 'test-source#p1', quote: Ambassador Yerzhan Kistafin}]\n",
                           r"broken\.yaml:4: p9: alias 'Yerzhan Bekovich Kistafin' is in no source"),
    "near-duplicate-event": ("- id: 2022-05-09-islamabad-trade-roundtable\n  type: event\n  date: '2022-05-09'\n"
                             "  title: Islamabad roundtable on trade\n  summary: s\n  actors: [yerzhan-kistafin]\n"
                             "  sources:\n  - {source: test-source, passage: 'test-source#p1', quote: "
                             "'On 9th May 2022, a roundtable on trade was held in Islamabad. Ambassador Yerzhan Kistafin'}\n",
                             r"test\.yaml:\d+: 2022-05-09-trade-roundtable: looks like the same event as "
                             r"2022-05-09-islamabad-trade-roundtable \(records/broken\.yaml:1\)"),
}


@pytest.mark.parametrize("case", sorted(UNSUPPORTED))
def test_each_field_not_in_its_quotes_is_reported_with_file_and_line(tmp_path, case):
    home = make_home(tmp_path / "h")
    text, pattern = UNSUPPORTED[case]
    (home / "records" / "broken.yaml").write_text(text)
    r = run_kzpk(home, "validate")
    assert r.code == 2, r.err
    assert re.search(pattern, r.out), r.out + r.err
    assert "1 problem found" in r.err, r.out + r.err


def test_a_note_a_transliteration_or_a_link_answers_the_check(tmp_path):
    home = make_home(tmp_path / "h")
    (home / "records" / "ok.yaml").write_text(
        "- id: e4\n  type: event\n  date: '2022-05-12'\n  date_precision: day\n"
        "  date_note: Three days after the roundtable of 9th May (test-source#p1), as the report's dateline says.\n"
        "  title: A meeting\n  summary: s\n" + P1 +
        "- id: p9\n  type: person\n  name: Kistafin\n"
        "  aliases: [{name: Yerzhan Bekovich Kistafin, transliteration: true}]\n"
        "  sources: [{source: test-source, passage: 'test-source#p1', quote: Ambassador Yerzhan Kistafin}]\n"
        "- id: 2022-05-islamabad-trade-roundtable\n  type: event\n  date: '2022-05'\n"
        "  title: Islamabad roundtable on trade\n  summary: s\n  actors: [yerzhan-kistafin]\n"
        "  links: [{id: 2022-05-09-trade-roundtable, kind: story}]\n"
        "  sources:\n  - {source: test-source, passage: 'test-source#p1', quote: "
        "'On 9th May 2022, a roundtable on trade was held in Islamabad. Ambassador Yerzhan Kistafin'}\n")
    test_yaml = home / "records" / "test.yaml"
    test_yaml.write_text(test_yaml.read_text().replace(
        "  actors: [yerzhan-kistafin]\n",
        "  actors: [yerzhan-kistafin]\n  links: [{id: 2022-05-islamabad-trade-roundtable, kind: story}]\n", 1))
    r = run_kzpk(home, "validate")
    assert r.code == 0, r.out + r.err


@pytest.mark.parametrize("quote, date, missing", [
    ("on 9th May 2022", "2022-05-09", []),
    ("May 9, 2022", "2022-05-09", []),
    ("dated 2022-05-09", "2022-05-09", []),
    ("from 23-25 August 1995", "1995-08-25", []),
    ("since 1January 2016", "2016-01-01", []),
    ("on 9th May 2022", "2022-05-10", ["day 10"]),
    ("in May this year", "2022-05", ["year 2022"]),
    ("in 2022 they may meet", "2022-05", ["month May"]),
    ("May they meet in 2022", "2022-05", ["month May"]),
    ("Since May, in 2022", "2022-05", []),
])
def test_date_forms_a_quote_may_use(quote, date, missing):
    from kzpk.dates import missing_date_parts

    assert missing_date_parts(date, [quote]) == missing


@pytest.mark.parametrize("quote, value", [("reached $28 million", 28_000_000), ("five world championships", 5),
                                          ("more than 5,000 kilograms", 5000), ("the fifth session", 5),
                                          ("US$1.7 billion", 1.7e9), ("twenty-five years", 25),
                                          ("an increase of 12%", 12), ("in 2018 138 firms", 138)])
def test_number_forms_a_quote_may_use(quote, value):
    from kzpk.quote_support import value_in

    assert value_in(value, [quote])
    assert not value_in(value + 1, [quote])


# ------------------------------------------------------------------ a title several people held

PRESIDENTS_SOURCE = """\
---
id: presidents
title: Two presidents
date: "2022-11-02"
kind: news
---
Two presidents

In 2017 the President of Kazakhstan, Nursultan Nazarbayev, opened the exhibition in Astana.

In 2022 the President of Kazakhstan, Kassym-Jomart Tokayev, addressed the assembly.
"""
PRESIDENTS = """\
- id: kazakhstan
  type: country
  name: Kazakhstan
  sources: [{source: presidents, passage: "presidents#p1", quote: Kazakhstan}]
- id: nursultan-nazarbayev
  type: person
  name: Nursultan Nazarbayev
  roles:
  - {title: President of Kazakhstan, date: "2017", source: presidents, passage: "presidents#p1",
     quote: "In 2017 the President of Kazakhstan, Nursultan Nazarbayev"}
  sources: [{source: presidents, passage: "presidents#p1", quote: Nursultan Nazarbayev}]
- id: kassym-jomart-tokayev
  type: person
  name: Kassym-Jomart Tokayev
  roles:
  - {title: President of Kazakhstan, date: "2022", source: presidents, passage: "presidents#p2",
     quote: "In 2022 the President of Kazakhstan, Kassym-Jomart Tokayev"}
  sources: [{source: presidents, passage: "presidents#p2", quote: Kassym-Jomart Tokayev}]
- id: 2017-exhibition-opened
  type: event
  date: "2017"
  title: The exhibition opens
  summary: The president opened it.
  actors: [nursultan-nazarbayev]
  sources: [{source: presidents, passage: "presidents#p1", quote: "In 2017 the President of Kazakhstan, Nursultan Nazarbayev, opened the exhibition"}]
- id: 2022-assembly-addressed
  type: event
  date: "2022"
  title: The president addresses the assembly
  summary: The president spoke.
  actors: [kassym-jomart-tokayev]
  sources: [{source: presidents, passage: "presidents#p2", quote: "In 2022 the President of Kazakhstan, Kassym-Jomart Tokayev, addressed the assembly."}]
"""


def test_a_title_several_people_held_resolves_by_date_or_is_listed_as_ambiguous(tmp_path):
    home = make_home(tmp_path / "h")
    (home / "records" / "sources" / "presidents.md").write_text(PRESIDENTS_SOURCE)
    (home / "records" / "presidents.yaml").write_text(PRESIDENTS)
    r = run_kzpk(home, "profile", "President of Kazakhstan")
    assert r.code == 2
    assert ("nursultan-nazarbayev (Nursultan Nazarbayev, person: President of Kazakhstan 2017)" in r.err
            and "kassym-jomart-tokayev (Kassym-Jomart Tokayev, person: President of Kazakhstan 2022)"
            in r.err), r.err
    assert "(Kazakhstan, country)" not in r.err  # a president, not the country the title names
    r = run_kzpk(home, "timeline", "--actor", "President of Kazakhstan", "--since", "2020", "--format", "plain")
    assert r.code == 0, r.err
    assert "kassym-jomart-tokayev" in r.err and "addresses the assembly" in r.out and "exhibition" not in r.out
    r = run_kzpk(home, "timeline", "--actor", "President of Kazakhstan", "--until", "2018", "--format", "plain")
    assert r.code == 0 and "exhibition opens" in r.out and "assembly" not in r.out, r.out + r.err


def test_a_speakers_claim_is_shown_as_theirs(tmp_path):
    home = make_home(tmp_path / "h")
    (home / "records" / "said.yaml").write_text(
        "- id: kistafin-roundtable-opened\n  type: fact\n  subject: [yerzhan-kistafin]\n"
        "  statement: The roundtable was opened.\n  speaker: yerzhan-kistafin\n"
        "  event: 2022-05-09-trade-roundtable\n  date: '2022-05-09'\n"
        "  sources: [{source: test-source, passage: 'test-source#p1', quote: 'Ambassador Yerzhan Kistafin opened it.'}]\n")
    said = "Yerzhan Kistafin said: The roundtable was opened."
    assert said in run_kzpk(home, "timeline", "--kind", "fact", "--format", "plain").out
    assert said in run_kzpk(home, "profile", "Trade roundtable in Islamabad", "--format", "plain").out
    assert "Yerzhan Kistafin said:" in run_kzpk(home, "search", "roundtable opened", "--kind", "fact",
                                                "--format", "plain").out
    doc = run_kzpk(home, "timeline", "--kind", "fact", "--json").json()
    assert said in [e["title"] for e in doc["events"]]
