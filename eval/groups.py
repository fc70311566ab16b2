#!/usr/bin/env python3
"""Line 1 of kzpk on every evaluation group, for development: no peer, homes kept between runs.

    .venv/bin/python eval/groups.py run OUT.json [GROUP ...]   # every group, or those named
    .venv/bin/python eval/groups.py diff A.json B.json         # items that changed, and totals

A group is `eval/lookups.yaml` (named `lookups0`), each `eval/fresh/*.yaml` (by its stem) or
each `eval/pile*/` (its question sets, its `docs/` added to a copy of the bundled records; `pile`
also takes the shared pile). Each home is built once under KZPK_GROUPS_HOMES (default
/tmp/kzpk-groups) and reused: set KZPK_GROUPS_REBUILD=1 after a change to what `add` or `index`
store. KZPK_GROUPS_EXCLUDE=a,b leaves groups out (a session's held-out sets until its freeze);
KZPK_GROUPS_JOBS (default 4) queries at once. Judged as eval/line1.py judges: a lookup is right
when line 1 of `kzpk search Q --format plain --limit 1` holds one of its `any` strings; an
absent subject when kzpk exits 1; a known name in another spelling when it exits 0. The project
checkout whose .venv/bin/kzpk runs is KZPK_GROUPS_CHECKOUT (default: this file's project).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
from line1 import load_items, norm  # noqa: E402  (the harness's judging)

SHARED_PILE = EVAL.parent.parent / "shared" / "eval" / "pile"


def groups() -> dict[str, tuple[list[Path], list[Path]]]:
    found = {"lookups0": ([EVAL / "lookups.yaml"], [])}
    for f in sorted((EVAL / "fresh").glob("*.yaml")):
        found[f.stem] = ([f], [])
    for d in sorted(EVAL.glob("pile*/")):
        sets, docs = sorted(d.glob("*.yaml")), [d / "docs"]
        if d.name == "pile" and SHARED_PILE.is_dir():
            sets.append(SHARED_PILE / "pile.yaml")
            docs.append(SHARED_PILE / "docs")
        if sets:
            found[d.name] = (sets, docs)
    return found


def _run(cmd: list[str], timeout: int = 300):
    env = {k: v for k, v in os.environ.items() if k != "FORCE_COLOR"}
    env["COLUMNS"] = "120"
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, errors="replace", env=env,
                           timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def run(out: str, only: list[str]) -> int:
    checkout = Path(os.environ.get("KZPK_GROUPS_CHECKOUT", EVAL.parent)).resolve()
    kz = str(checkout / ".venv" / "bin" / "kzpk")
    homes = Path(os.environ.get("KZPK_GROUPS_HOMES", "/tmp/kzpk-groups"))
    rebuild = os.environ.get("KZPK_GROUPS_REBUILD") == "1"
    jobs = int(os.environ.get("KZPK_GROUPS_JOBS", "4"))
    excluded = set(filter(None, os.environ.get("KZPK_GROUPS_EXCLUDE", "").split(",")))
    every = groups()
    names = [g for g in every if (not only or g in only) and g not in excluded]

    def home_of(g: str) -> Path:
        return homes / (g if every[g][1] else "bundled")

    def build(g: str) -> None:
        home = home_of(g)
        if (home / ".built").exists() and not rebuild:
            return
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        shutil.copytree(checkout / "records", home / "records")
        for folder in every[g][1]:
            for f in sorted(folder.iterdir()):
                if f.is_file():
                    rc, _, err = _run([kz, "--home", str(home), "add", str(f)])
                    if rc != 0:
                        print(f"add failed: {g} {f.name}: {err.strip()[-200:]}", file=sys.stderr)
        rc, _, err = _run([kz, "--home", str(home), "index"], 900)
        if rc != 0:
            print(f"index failed: {g}: {err.strip()[-300:]}", file=sys.stderr)
        (home / ".built").write_text("")

    first = {}
    for g in names:
        first.setdefault(home_of(g), g)
    if rebuild:
        for home in first:
            shutil.rmtree(home, ignore_errors=True)
    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(build, first.values()))

    items = {}
    for g in names:
        lookups, absent, spelled = load_items([str(s) for s in every[g][0]])
        for kind, its in (("lookup", lookups), ("absent", absent), ("spelling", spelled)):
            for it in its:
                items[(g, it["id"])] = (kind, it)

    def ask(key):
        g, _ = key
        kind, it = items[key]
        rc, out_, _ = _run([kz, "--home", str(home_of(g)), "search", it["query"], "--format",
                            "plain", "--limit", "1"])
        line = out_.splitlines()[0] if out_.strip() else ""
        ok = any(norm(s) in norm(line) for s in it["any"]) if kind == "lookup" else \
            rc == (1 if kind == "absent" else 0)
        return key, {"ok": ok, "kind": kind, "exit": rc, "line": line[:300], "query": it["query"]}

    results: dict[str, dict] = {}
    with ThreadPoolExecutor(jobs) as pool:
        for (g, iid), r in pool.map(ask, list(items)):
            results.setdefault(g, {})[iid] = r
    Path(out).write_text(json.dumps(results, indent=0))
    totals = {k: [0, 0] for k in ("lookup", "absent", "spelling")}
    for by_id in results.values():
        for r in by_id.values():
            totals[r["kind"]][0] += r["ok"]
            totals[r["kind"]][1] += 1
    print(f"groups {len(results)} " + " ".join(f"{k} {a}/{b}" for k, (a, b) in totals.items()))
    return 0


def diff(a_path: str, b_path: str) -> int:
    excluded = set(filter(None, os.environ.get("KZPK_GROUPS_EXCLUDE", "").split(",")))
    a, b = json.loads(Path(a_path).read_text()), json.loads(Path(b_path).read_text())
    totals: dict[str, list[int]] = {}
    for g in sorted(set(a) & set(b) - excluded):
        for iid in sorted(set(a[g]) & set(b[g])):
            x, y = a[g][iid], b[g][iid]
            t = totals.setdefault(x["kind"], [0, 0, 0])
            t[0] += x["ok"]
            t[1] += y["ok"]
            t[2] += 1
            if x["ok"] != y["ok"]:
                print(f"{'+' if y['ok'] else '-'} {g} {iid}: {x['query']!r}\n"
                      f"    A: {x['line'][:140]!r}\n    B: {y['line'][:140]!r}")
    for kind, (p, q, n) in totals.items():
        print(f"{kind}: {p} -> {q} of {n}")
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "run":
        sys.exit(run(args[1], args[2:]))
    if len(args) == 3 and args[0] == "diff":
        sys.exit(diff(args[1], args[2]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
