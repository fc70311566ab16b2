#!/usr/bin/env python3
"""Line-1 accuracy of kzpk beside the SQLite FTS5 peer, on lookup sets and an optional pile.

    .venv/bin/python eval/line1.py eval/lookups.yaml
    .venv/bin/python eval/line1.py eval/pile/pile.yaml ../shared/eval/pile/pile.yaml \
        --pile eval/pile/docs --pile ../shared/eval/pile/docs

Makes a temporary home holding a copy of PROJECT/records, adds every file of each --pile with
`kzpk add`, builds kzpk's index and the peer's (bench/fts5_peer.py over the same home's
records/: the bundled sources' passages plus the added documents as kzpk stored them), then asks
every lookup of the sets both ways:

- kzpk: line 1 of `kzpk --home H search Q --format plain --limit 1`;
- the peer: the text of its first result (`fts5_peer.py search DB Q`).

A lookup is right when that line holds one of the item's `any` strings (after the harness's
normalisation, as ../shared/eval/kzpk_eval.py judges `lookup`). Lookups are the sets' k: 1
`search` items and their `lookup` items. Absent subjects are the `robustness` items that run
`search` and expect exit [1]; each side is right when it exits 1 (the peer: no result). Other
`search` robustness items that expect exit [0] (a known name in another spelling) are reported
for both too. Prints a Markdown summary, a breakdown by kind of question and by form of the
query, and (with -v) every miss. Exit status 0 whatever the score; 2 when the set-up fails.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from statistics import median

KINDS = ("who", "when", "howmuch", "where", "what", "keyword")


def norm(text: str) -> str:
    """The harness's normalisation (../shared/eval/kzpk_eval.py): case, quotes, dashes, spaces."""
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2011", "-"), ("\u00a0", " ")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().casefold()


def kind_of(item: dict) -> str:
    """The item's `kind`, else what its question word asks; a query without one is a keyword lookup."""
    if item.get("kind"):
        return item["kind"]
    q = " " + norm(item["query"]) + " "
    for kind, pattern in (("howmuch", r" how (much|many) "), ("when", r" when |what (date|year)"),
                          ("who", r" (who|whom|whose) "), ("where", r" where "),
                          ("what", r" (what|which) ")):
        if re.search(pattern, q):
            return kind
    return "keyword"


def load_items(paths: list[str]):
    lookups, absent, spelled = [], [], []
    for path in paths:
        import yaml

        qset = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        for it in qset.get("search", []) + qset.get("lookup", []):
            if it.get("any") and int(it.get("k", 1)) == 1:
                lookups.append({**it, "kind": kind_of(it), "form": it.get("form", "-"), "set": path})
        for it in qset.get("robustness", []):
            args = list(it.get("args", []))
            if len(args) == 2 and args[0] == "search":
                want = it.get("exit")
                if want == [1]:
                    absent.append({"id": it["id"], "query": args[1], "set": path})
                elif want == [0]:
                    spelled.append({"id": it["id"], "query": args[1], "set": path})
    return lookups, absent, spelled


def run(cmd, cwd=None, timeout=120):
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env.setdefault("COLUMNS", "120")
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace",
                           env=env, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", help="question sets (YAML, the format of dev.yaml)")
    ap.add_argument("--pile", action="append", default=[], help="folder of documents to add (repeatable)")
    ap.add_argument("--kzpk", default=".venv/bin/kzpk", help="command that runs kzpk")
    ap.add_argument("--project", default=".", help="kzpk checkout: its records/ and bench/fts5_peer.py")
    ap.add_argument("--python", default=sys.executable, help="interpreter for the peer (needs kzpk importable)")
    ap.add_argument("--jobs", type=int, default=2, help="queries run at once")
    ap.add_argument("--json-out", default=None, help="write every item's result here")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    a = ap.parse_args()

    project = Path(a.project).resolve()
    peer = project / "bench" / "fts5_peer.py"
    kz = shlex.split(a.kzpk)
    if Path(kz[0]).exists():
        kz[0] = os.path.abspath(kz[0])  # not resolve(): a venv python is a symlink
    if not (project / "records").is_dir() or not peer.is_file():
        print(f"line1: {project} has no records/ or bench/fts5_peer.py", file=sys.stderr)
        return 2
    lookups, absent, spelled = load_items(a.sets)

    tmp = Path(tempfile.mkdtemp(prefix="kzpk-line1-"))
    try:
        home = tmp / "home"
        shutil.copytree(project / "records", home / "records")
        added, failed = 0, []
        for folder in a.pile:
            for f in sorted(Path(folder).iterdir()):
                if not f.is_file():
                    continue
                rc, out, err = run(kz + ["--home", str(home), "add", str(f)])
                if rc == 0:
                    added += 1
                else:
                    failed.append(f"{f.name}: exit {rc}: {err.strip()[-160:]}")
        rc, out, err = run(kz + ["--home", str(home), "index"], timeout=600)
        if rc != 0:
            print(f"line1: kzpk index failed (exit {rc}): {err.strip()[-300:]}", file=sys.stderr)
            return 2
        db = tmp / "peer.db"
        rc, out, err = run([a.python, str(peer), "build", str(db), str(home / "records")], cwd=project)
        if rc != 0:
            print(f"line1: peer build failed (exit {rc}): {err.strip()[-300:]}", file=sys.stderr)
            return 2

        def ask_kzpk(query):
            rc, out, err = run(kz + ["--home", str(home), "search", query, "--format", "plain", "--limit", "1"])
            return rc, (out.splitlines()[0] if out.strip() else "")

        def ask_peer(query):
            rc, out, err = run([a.python, str(peer), "search", str(db), query], cwd=project)
            try:
                results = json.loads(out)["results"]
            except (ValueError, KeyError, TypeError):
                results = []
            return rc, (results[0]["text"] if results else "")

        queries = sorted({it["query"] for it in lookups + absent + spelled})
        with ThreadPoolExecutor(max(1, a.jobs)) as pool:
            kz_ans = dict(zip(queries, pool.map(ask_kzpk, queries)))
            peer_ans = dict(zip(queries, pool.map(ask_peer, queries)))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    rows = []
    for it in lookups:
        row = {"id": it["id"], "query": it["query"], "kind": it["kind"], "form": it["form"], "set": it["set"]}
        for side, answers in (("kzpk", kz_ans), ("peer", peer_ans)):
            rc, line = answers[it["query"]]
            row[side] = any(norm(s) in norm(line) for s in it["any"])
            row[side + "_chars"] = len(line)
            row[side + "_line"] = line[:300]
            row[side + "_exit"] = rc
        rows.append(row)
    checks = []
    for group, items, want in (("absent", absent, 1), ("spelling", spelled, 0)):
        for it in items:
            row = {"id": it["id"], "query": it["query"], "group": group}
            for side, answers in (("kzpk", kz_ans), ("peer", peer_ans)):
                rc, line = answers[it["query"]]
                row[side] = rc == want
                row[side + "_exit"] = rc
                row[side + "_line"] = line[:300]
            checks.append(row)

    def pct(ok, n):
        return f"{ok}/{n} ({100 * ok / n:.0f} %)" if n else "—"

    def score(rs, side):
        return pct(sum(r[side] for r in rs), len(rs))

    print(f"sets: {', '.join(a.sets)}")
    print(f"home: a copy of {project / 'records'}" + (f" + {added} documents added from {', '.join(a.pile)}" if a.pile else ""))
    for f in failed:
        print(f"add FAILED: {f}")
    print()
    print("| measure | kzpk | FTS5 peer |")
    print("| --- | --- | --- |")
    print(f"| lookups: plain line 1 right | {score(rows, 'kzpk')} | {score(rows, 'peer')} |")
    if rows:
        print(f"| line 1: median length in characters | {median(r['kzpk_chars'] for r in rows):.0f} | "
              f"{median(r['peer_chars'] for r in rows):.0f} |")
    for group, label in (("absent", "absent subjects: exit 1"), ("spelling", "known name, other spelling: exit 0")):
        rs = [c for c in checks if c["group"] == group]
        if rs:
            print(f"| {label} | {score(rs, 'kzpk')} | {score(rs, 'peer')} |")
    print()
    for field, order in (("kind", KINDS), ("form", ("plain", "typo", "translit", "acronym", "-"))):
        groups = defaultdict(list)
        for r in rows:
            groups[r[field]].append(r)
        print(f"| {field} | n | kzpk | FTS5 peer |")
        print("| --- | --- | --- | --- |")
        for key in list(order) + sorted(set(groups) - set(order)):
            if groups.get(key):
                rs = groups[key]
                print(f"| {key} | {len(rs)} | {score(rs, 'kzpk')} | {score(rs, 'peer')} |")
        print()
    if a.verbose:
        for r in rows:
            if not r["kzpk"]:
                print(f"MISS kzpk {r['id']}: {r['query']!r} -> {r['kzpk_line'][:150]!r}")
        for c in checks:
            if not c["kzpk"]:
                print(f"MISS kzpk {c['id']} ({c['group']}): {c['query']!r} exit {c['kzpk_exit']}")
    if a.json_out:
        Path(a.json_out).write_text(json.dumps({"lookups": rows, "checks": checks}, indent=1))
    print(f"SUMMARY lookups kzpk {score(rows, 'kzpk')} peer {score(rows, 'peer')} · absent exit-1 kzpk "
          f"{score([c for c in checks if c['group'] == 'absent'], 'kzpk')} peer "
          f"{score([c for c in checks if c['group'] == 'absent'], 'peer')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
