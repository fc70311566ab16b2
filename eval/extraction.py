#!/usr/bin/env python3
"""How well `kzpk add` reads records out of documents it has never seen.

    python eval/extraction.py [--kzpk .venv/bin/kzpk] [--corpus ../shared/corpus]
                              [--pile ../shared/eval/pile] [--json]

1. The five bundled documents as if new: an empty home, the raw texts of the corpus folder
   added with `kzpk add`, and what kzpk extracted compared with the curated records of
   records/ (which nothing in the empty home can see):
   - recall of the curated day-precision event dates: a curated event counts as found when an
     extracted event of the same document has the same start date;
   - recall of curated people and organisations: found when an extracted entity has the curated
     name or one of its aliases (case, accents and word order aside);
2. precision of extracted events, there and on the development pile(s) (every docs/ folder
   under the pile path, added on top of a copy of records/): the share of extracted events
   whose date and actors stand in their own quote — the quote holds the date's year, month and
   day as the precision needs (or, for a date read against the document's date, the relative
   words the note names), and every actor's name or an alias.

Run from a kzpk checkout; the homes are temporary folders removed on exit.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MONTHS = "january february march april may june july august september october november december".split()


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    return re.sub(r"\s+", " ", text).strip().casefold()


def alias_names(r: dict) -> list[str]:
    """A record's name and aliases as text ({name, transliteration} aliases included)."""
    out = [r.get("name")]
    for a in r.get("aliases") or []:
        out.append(a.get("name") if isinstance(a, dict) else a)
    return [n for n in out if isinstance(n, str) and n]


def words(text: str) -> list[str]:
    return sorted(re.findall(r"\w+", fold(text)))


def run(kzpk: list[str], home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*kzpk, "--home", str(home), *args], capture_output=True, text=True)


def load_yaml(path: Path):
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8")) or []


def extracted(home: Path) -> list[dict]:
    out = []
    for path in sorted((home / "records" / "extracted").glob("*.yaml")):
        out += [r for r in load_yaml(path) if isinstance(r, dict)]
    return out


def passages_of(home: Path) -> dict[str, str]:
    """source id -> its whole folded text, from records/sources/."""
    out = {}
    for path in (home / "records" / "sources").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        sid = re.search(r"^id: (.+)$", text, re.M).group(1).strip().strip("'\"")
        out[sid] = fold(text)
    return out


def date_stands_in_quote(e: dict) -> bool:
    quote = fold(" ".join(c["quote"] for c in e.get("sources") or []))
    note = e.get("date_note") or ""
    relative = re.search(r"(['\"])(.+?)\1 read ", note)
    if relative:  # a weekday, 'last month', …: its words must be in the quote
        return fold(relative.group(2)) in quote
    y, *rest = e["date"].split("-")
    ok = y in quote or "year" in note and "taken from" in note
    if rest:
        month = MONTHS[int(rest[0]) - 1]
        ok = ok and (month[:3] in quote)
    if len(rest) == 2:
        ok = ok and re.search(rf"(?<!\d)0?{int(rest[1])}(?!\d)", quote) is not None
    return bool(ok)


def actors_stand_in_quote(e: dict, names: dict[str, list[str]]) -> bool:
    quote = fold(" ".join(c["quote"] for c in e.get("sources") or []))
    return all(any(fold(n) in quote for n in names.get(a, [a])) for a in e.get("actors") or [])


def entity_names(records: list[dict]) -> dict[str, list[str]]:
    return {r["id"]: alias_names(r) + ([r["acronym"]] if r.get("acronym") else [])
            for r in records if r.get("type") not in ("event", "fact")}


def precision(records: list[dict], known: list[dict]) -> dict:
    names = entity_names(known + records)
    events = [r for r in records if r.get("type") == "event"]
    dated = [e for e in events if date_stands_in_quote(e)]
    both = [e for e in dated if actors_stand_in_quote(e, names)]
    by_document = [e for e in events if e not in dated and
                   "dated by the document" in (e.get("date_note") or "")]
    return {"events": len(events), "date_in_quote": len(dated), "date_and_actors_in_quote": len(both),
            "lead_dated_by_document": len(by_document),
            "precision": round(len(both) / len(events), 3) if events else None,
            "bad": [{"id": e["id"], "date": e["date"], "quote": e["sources"][0]["quote"][:160]}
                    for e in events if e not in both][:10]}


def bundled(kzpk: list[str], corpus: Path) -> dict:
    curated: list[dict] = []
    for path in sorted((ROOT / "records").glob("*.yaml")):
        curated += [r for r in load_yaml(path) if isinstance(r, dict)]
    with tempfile.TemporaryDirectory(prefix="kzpk-extraction-") as tmp:
        home = Path(tmp)
        (home / "records" / "sources").mkdir(parents=True)
        files = sorted(str(p) for p in corpus.iterdir() if p.is_file())
        r = run(kzpk, home, "add", *files)
        if r.returncode != 0:
            sys.exit(f"add failed: {r.stderr}")
        valid = run(kzpk, home, "validate")
        got = extracted(home)
        texts = passages_of(home)

        def home_source(quote: str) -> str | None:
            q = fold(quote)
            return next((sid for sid, text in texts.items() if q in text), None)

        by_source: dict[str, set[str]] = {}
        for e in got:
            if e.get("type") == "event":
                by_source.setdefault(e["sources"][0]["source"], set()).add(e["date"])
        day_events = [e for e in curated if e.get("type") == "event" and len(str(e["date"])) == 10]
        found, missed, pairs, pairs_found = 0, [], set(), set()
        for e in day_events:
            sid = next((s for s in (home_source(c["quote"]) for c in e["sources"]) if s), None)
            pairs.add((sid, str(e["date"])))
            if sid and str(e["date"]) in by_source.get(sid, set()):
                found += 1
                pairs_found.add((sid, str(e["date"])))
            else:
                missed.append({"id": e["id"], "date": str(e["date"]),
                               "quote": e["sources"][0]["quote"][:120]})
        new_names = {" ".join(words(n)) for r in got if r.get("type") in ("person", "organization")
                     for n in alias_names(r)}
        recall_entities = {}
        for rtype in ("person", "organization"):
            wanted = [r for r in curated if r.get("type") == rtype]
            hit = [r for r in wanted
                   if any(" ".join(words(n)) in new_names for n in alias_names(r))]
            recall_entities[rtype] = {"curated": len(wanted), "found": len(hit),
                                      "recall": round(len(hit) / len(wanted), 3) if wanted else None}
        extracted_entities = [r for r in got if r.get("type") in ("person", "organization")]
        return {
            "validate": valid.returncode == 0,
            "day_event_recall": {"curated": len(day_events), "found": found,
                                 "recall": round(found / len(day_events), 3),
                                 "distinct_dates": len(pairs), "distinct_found": len(pairs_found),
                                 "missed": missed},
            "entity_recall": recall_entities,
            "extracted": {t: sum(1 for r in got if r.get("type") == t)
                          for t in ("event", "fact", "person", "organization")},
            "entity_precision_sample": [r["name"] for r in extracted_entities][:15],
            "event_precision": precision(got, []),
        }


def pile(kzpk: list[str], docs: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="kzpk-extraction-") as tmp:
        home = Path(tmp)
        shutil.copytree(ROOT / "records", home / "records",
                        ignore=shutil.ignore_patterns("extracted"))
        files = sorted(str(p) for p in docs.iterdir() if p.is_file())
        r = run(kzpk, home, "add", *files)
        known = []
        for path in sorted((home / "records").glob("*.yaml")):
            known += [x for x in load_yaml(path) if isinstance(x, dict)]
        got = extracted(home)
        return {"documents": len(files), "add_exit": r.returncode,
                "validate": run(kzpk, home, "validate").returncode == 0,
                "extracted": {t: sum(1 for x in got if x.get("type") == t)
                              for t in ("event", "fact", "person", "organization")},
                "event_precision": precision(got, known)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kzpk", default=str(ROOT / ".venv" / "bin" / "kzpk"))
    ap.add_argument("--corpus", default=str(ROOT.parent.parent / "shared" / "corpus"))
    ap.add_argument("--pile", action="append",
                    help="a development pile folder (its docs/ are added); repeatable; default: "
                         "../shared/eval/pile and, when it exists, eval/pile")
    ap.add_argument("--json", action="store_true", help="the whole report as JSON")
    args = ap.parse_args()
    kzpk = args.kzpk.split()
    report = {"bundled": bundled(kzpk, Path(args.corpus))}
    piles = args.pile or [str(ROOT.parent.parent / "shared" / "eval" / "pile"),
                          str(ROOT / "eval" / "pile")]
    for folder in piles:
        for docs in sorted(Path(folder).glob("**/docs")):
            report[f"pile:{docs.parent.resolve()}"] = pile(kzpk, docs)
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    b = report["bundled"]
    d = b["day_event_recall"]
    print(f"bundled five, empty home: day-precision event dates recalled {d['found']}/{d['curated']}"
          f" ({d['recall']:.0%}); distinct dates {d['distinct_found']}/{d['distinct_dates']}")
    for rtype, v in b["entity_recall"].items():
        print(f"  {rtype}s recalled {v['found']}/{v['curated']} ({v['recall']:.0%})")
    p = b["event_precision"]
    print(f"  extracted events with date and actors in their quote: "
          f"{p['date_and_actors_in_quote']}/{p['events']} ({p['precision']:.0%}); "
          f"validate {'passes' if b['validate'] else 'FAILS'}")
    for key, v in report.items():
        if key.startswith("pile:"):
            p = v["event_precision"]
            print(f"{key}: {v['documents']} documents, {v['extracted']}; events with date and actors "
                  f"in their quote {p['date_and_actors_in_quote']}/{p['events']} "
                  f"({(p['precision'] or 0):.0%}), {p['lead_dated_by_document']} undated leads "
                  f"dated by the document with a note; "
                  f"validate {'passes' if v['validate'] else 'FAILS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
