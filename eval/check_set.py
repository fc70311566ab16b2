#!/usr/bin/env python3
"""Check a lookup set's answers against the documents they were drafted from.

    python eval/check_set.py eval/lookups.yaml                    # against records/sources/*.md
    python eval/check_set.py eval/pile/pile.yaml --pile eval/pile/docs --only-pile

For every `search` (or `lookup`) item: at least one string of `any` stands in the document the
item's `doc` names (after the same normalisation as the harness: case, curly quotes, dashes and
runs of spaces aside); strings found nowhere are listed (except a date written as kzpk prints
one, 2003-12-08 or 8 December 2003, which may stand only in a record or be derived from a
dateline); and an answer string found in more than a quarter of all
passages is flagged as too common to tell a right line 1 from a wrong one, and so is one
that the query itself holds. With --only-pile, no
answer string may stand in the bundled sources or records, or in a further --pile. For absent-subject items (robustness,
exit [1]) every word of `subject` must be in no document and no record. Timeline `any` and
profile `all` groups must each stand in a document of the (first) pile.
Exit status 1 when anything is wrong.
"""
from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from line1 import norm  # noqa: E402  (the harness's normalisation)


# a date as kzpk prints one it derived (2025-09-09, 9 September 2025) may stand in no text
DATE = re.compile(r"^(\d{4}-\d{2}(-\d{2})?|\d{1,2} [A-Z][a-z]+ \d{4})$")


def doc_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        raw = raw + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return norm(raw)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set")
    ap.add_argument("--project", default=".", help="kzpk checkout whose records/ holds the bundled five")
    ap.add_argument("--pile", action="append", default=[],
                    help="folder of added documents (repeatable); the first holds the files items name")
    ap.add_argument("--only-pile", action="store_true", help="answers must not stand in the bundled files")
    a = ap.parse_args()

    rec = Path(a.project) / "records"
    sources = {p.stem: doc_text(p) for p in sorted(rec.glob("sources/*.md"))}
    records = {p.name: norm(p.read_text(encoding="utf-8")) for p in sorted(rec.glob("*.yaml"))}
    piles = [{p.name: doc_text(p) for p in sorted(Path(f).iterdir()) if p.is_file()} for f in a.pile]
    pile = piles[0] if piles else {}
    others = {f"{i}/{n}": t for i, other in enumerate(piles[1:], 1) for n, t in other.items()}
    docs = {**sources, **pile}
    passages = [norm(b) for p in sorted(rec.glob("sources/*.md"))
                for b in re.split(r"\n\s*\n|(?<=[.!?”\"])\s+", p.read_text(encoding="utf-8")) if b.strip()]
    passages += [b for t in list(pile.values()) + list(others.values())
                 for b in re.split(r"(?<=[.!?])\s+", t) if b.strip()]
    everything = " \n ".join(list(docs.values()) + list(others.values()) + list(records.values()))

    qset = yaml.safe_load(Path(a.set).read_text(encoding="utf-8")) or {}
    items = [i for i in qset.get("search", []) + qset.get("lookup", []) if i.get("any")]
    problems, ids = [], set()
    for it in items:
        if it["id"] in ids:
            problems.append(f"{it['id']}: duplicate id")
        ids.add(it["id"])
        names = it.get("doc") or []
        names = [names] if isinstance(names, str) else names
        missing = [n for n in names if n not in docs]
        if not names or missing:
            problems.append(f"{it['id']}: doc {names} not found")
            continue
        texts = [docs[n] for n in names]
        if not any(norm(s) in t for s in it["any"] for t in texts):
            problems.append(f"{it['id']}: none of {it['any']} stands in {names}")
        for s in it["any"]:
            if norm(s) in norm(it["query"]):
                problems.append(f"{it['id']}: {s!r} is in the query itself: any line echoing it would pass")
            if norm(s) not in everything and not DATE.match(s):
                problems.append(f"{it['id']}: {s!r} stands in no document or record")
            share = sum(norm(s) in p for p in passages) / max(1, len(passages))
            if share > 0.25:
                problems.append(f"{it['id']}: {s!r} is in {share:.0%} of passages: too common")
            if a.only_pile:
                bundled = [n for n, t in {**sources, **records, **others}.items() if norm(s) in t]
                if bundled:
                    problems.append(f"{it['id']}: {s!r} also stands in bundled {bundled}")
    for it in qset.get("timeline", []):
        if not any(norm(s) in t for s in it["any"] for t in pile.values()):
            problems.append(f"{it['id']}: none of {it['any']} stands in a document of the pile")
    for it in qset.get("profile", []):
        for group in it.get("all", []):
            if not any(norm(s) in t for s in group for t in pile.values()):
                problems.append(f"{it['id']}: none of {group} stands in a document of the pile")
    absent = [i for i in qset.get("robustness", []) if i.get("exit") == [1]]
    for it in absent:
        if it["id"] in ids:
            problems.append(f"{it['id']}: duplicate id")
        ids.add(it["id"])
        subject = it.get("subject")
        if not subject:
            problems.append(f"{it['id']}: absent-subject item without `subject`")
            continue
        for word in re.findall(r"[\w'-]+", subject):
            if re.search(rf"(?<!\w){re.escape(norm(word))}(?!\w)", everything):
                problems.append(f"{it['id']}: subject word {word!r} does stand in a document or record")
    for p in problems:
        print("FAIL", p)
    print(f"{len(items)} lookups and {len(absent)} absent-subject items checked: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
