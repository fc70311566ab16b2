"""records/extracted/: the candidate records kzpk reads out of added documents, and their review.

    records/extracted/<source-id>.yaml   candidates from one source, each `status: extracted`
    records/extracted/rejected.txt       ids a person rejected; never extracted again

`kzpk accept ID…` moves a candidate into the curated files (records/people.yaml, events.yaml, …)
as plain YAML appended at the end, quote and all; `kzpk reject ID…` drops it and remembers it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kzpk.errors import NOT_FOUND, USAGE, KzpkError
from kzpk.home import Home

if TYPE_CHECKING:
    from kzpk.records import Event, Record

REJECTED = "rejected.txt"
# where an accepted record of each type goes, as the bundled corpus lays its files out
CURATED_FILE = {"person": "people.yaml", "organization": "organizations.yaml",
                "country": "places.yaml", "place": "places.yaml", "programme": "programmes.yaml",
                "agreement": "programmes.yaml", "event": "events.yaml", "fact": "facts.yaml"}


def folder(home: Home) -> Path:
    return Path(home.records) / "extracted"


def rejected_ids(home: Home) -> set[str]:
    try:
        text = (folder(home) / REJECTED).read_text(encoding="utf-8")
    except OSError:
        return set()
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def dump_yaml(items: list[dict]) -> str:
    """Plain block YAML a person can edit: no anchors, no tags, keys in the order given."""
    import yaml

    class Plain(yaml.SafeDumper):
        def ignore_aliases(self, data):  # noqa: ARG002 - the same object twice is written twice
            return True

    return yaml.dump(items, Dumper=Plain, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".kzpk-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_extracted(home: Home, source_id: str, items: list[dict]) -> Path | None:
    path = folder(home) / f"{source_id}.yaml"
    if not items:
        path.unlink(missing_ok=True)
        return None
    head = (f"# Read out of source {source_id} by kzpk, not yet reviewed (status: extracted).\n"
            f"# `kzpk review {source_id}` lists them; `kzpk accept ID` keeps one, "
            f"`kzpk reject ID` drops it.\n")
    _write_atomic(path, head + dump_yaml(items))
    return path


def extract_added(home: Home, records: list[Record], sources: list, progress=None):
    """Candidate records of newly added sources (against the `records` the live index holds),
    checked as validate checks them and written to records/extracted/<source-id>.yaml.
    Returns ({source id: records written}, notes)."""
    from kzpk.extract import NameMatcher, extract
    from kzpk.corpus import check_records, display_path

    matcher = NameMatcher(r for r in records if r.kind == "entity")
    known = {r.id for r in records}
    rejected = rejected_ids(home)
    counts: dict[str, int] = {}
    notes: list[str] = []
    for i, src in enumerate(sources, 1):
        # progress in thousandths of the batch: a single long document moves it too
        within = (lambda f, i=i: progress(int(1000 * (i - 1 + f)), 1000 * len(sources))) \
            if progress else None
        found = extract(src, matcher, known, rejected, within)
        found.records[:] = _not_known_events(found.records, records)
        path = folder(home) / f"{src.id}.yaml"
        passages = {p.id: p.text for p in src.passages}
        _, problems = check_records(found.records, display_path(path), passages, {src.id}, known)
        if problems:  # never write what validate would refuse
            bad = {r["id"] for r in found.records
                   if any(f": {r['id']}:" in p or p.endswith(f": {r['id']}") for p in problems)}
            found.records[:] = _without(found.records, bad)
            _, left = check_records(found.records, display_path(path), passages, {src.id}, known)
            if left:  # what is left still does not pass: write nothing rather than bad records
                found.records[:] = []
            notes.append(f"{src.id}: {len(bad)} extracted record(s) left out: {problems[0]}")
        write_extracted(home, src.id, found.records)
        known |= {r["id"] for r in found.records}
        counts[src.id] = len(found.records)
        if progress:
            progress(1000 * i, 1000 * len(sources))
    return counts, notes


def _without(items: list[dict], bad: set[str]) -> list[dict]:
    """Records minus `bad` ones, and minus references to them from the others."""
    out = []
    for item in items:
        if item["id"] in bad:
            continue
        for key in ("actors", "subject"):
            if isinstance(item.get(key), list):
                item[key] = [a for a in item[key] if a not in bad]
        if item.get("place") in bad:
            item.pop("place")
        out.append(item)
    return out


class _Ev:
    """What the near-duplicate check reads of an event: a recorded one, or a new one as the YAML
    extraction writes."""

    def __init__(self, rid: str, date: str, end_date: str | None, actors: list[str],
                 organizers: list[str], title: str, where: str):
        self.id, self.date, self.end_date = rid, date, end_date
        self.actors, self.organizers = actors, organizers
        self.title, self.links, self.where = title, [], where

    @classmethod
    def recorded(cls, e: Event) -> "_Ev":
        return cls(e.id, e.date, e.end_date, list(e.actors), list(e.organizers), e.title, "known")

    @classmethod
    def new(cls, item: dict) -> "_Ev":
        return cls(item["id"], str(item["date"]), item.get("end_date"),
                   list(item.get("actors") or []), list(item.get("organizers") or []),
                   item.get("title") or "", "new")

    def at(self, key=None) -> str:  # noqa: ARG002 - the check's interface
        return self.where


def _not_known_events(items: list[dict], known: list[Record]) -> list[dict]:
    """Drop extracted events that validate would call the same event as one already recorded
    (or as another extracted one): same date, same participants, a similar title."""
    from kzpk.quote_support import _near_duplicates

    new = [r for r in items if r.get("type") == "event"]
    if not new:
        return items
    years = {str(r["date"])[:4] for r in new}
    old = [_Ev.recorded(r) for r in known if r.kind == "event" and r.date[:4] in years]
    dropped: set[str] = set()
    for r in new:
        ev = _Ev.new(r)
        problems: list[str] = []
        for o in old:  # pair by pair: the known events' own pairs are validate's business
            if o.date[:4] == ev.date[:4]:
                _near_duplicates([o, ev], problems)
                if problems:
                    break
        if problems:
            dropped.add(r["id"])
        else:
            old.append(ev)
    return _without(items, dropped)


def load_new_records(records_dir: Path, names: list[str], added: list, snapshot: dict):
    """The records of new records/extracted/ files, checked against the sources they cite and
    the records the live index holds; None if any problem (a full build then reports it)."""
    from kzpk import safe_yaml
    from kzpk.corpus import check_records
    from kzpk.sources import read_source

    out = []
    passages = {p.id: p.text for s in added for p in s.passages}
    sources = {s.id for s in added}
    known = {r["id"] for r in snapshot["records"]}
    for name in names:
        path = records_dir / name
        try:
            items = safe_yaml.load(path.read_text(encoding="utf-8")) or []
        except Exception:  # noqa: BLE001 - any fault: the full build reports it with file:line
            return None
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return None
        for item in items:
            for cite in item.get("sources") or []:
                sid = cite.get("source") if isinstance(cite, dict) else None
                if sid and sid not in sources:
                    try:
                        src = read_source(records_dir / "sources" / f"{sid}.md")
                    except Exception:  # noqa: BLE001
                        return None
                    sources.add(src.id)
                    passages.update({p.id: p.text for p in src.passages})
        records, problems = check_records(items, name, passages, sources, known)
        if problems or len(records) != len(items):
            return None
        known |= {r.id for r in records}
        out += records
    return out


# ------------------------------------------------------------------ review

def summary(item: dict) -> str:
    """One line saying what an extracted record holds."""
    rtype = item.get("type")
    if rtype == "event":
        return f"{item.get('date')}: {item.get('title')}"
    if rtype == "fact":
        unit = f" {item['unit']}" if item.get("unit") else ""
        return f"{item.get('value')}{unit}: {item.get('statement')}"
    roles = "; ".join(str(r.get("title", "")) for r in item.get("roles") or [] if isinstance(r, dict))
    return f"{item.get('name')} ({rtype})" + (f" — {roles}" if roles else "")


def _load(path: Path) -> list[dict]:
    from kzpk import safe_yaml

    data = safe_yaml.load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else []


def extracted_files(home: Home, source: str | None = None) -> list[Path]:
    d = folder(home)
    if not d.is_dir():
        return []
    if source:
        path = d / f"{source}.yaml"
        if not path.is_file():
            raise KzpkError(f"no extracted records for source {source!r}", NOT_FOUND,
                            hint="`kzpk review` lists every source that has some")
        return [path]
    return sorted(p for p in d.glob("*.yaml") if not p.name.startswith("."))


def pending(home: Home, source: str | None = None) -> list[dict]:
    out = []
    for path in extracted_files(home, source):
        for item in _load(path):
            if isinstance(item, dict):
                out.append({**item, "file": str(path)})
    return out


def _take(home: Home, ids: list[str]) -> tuple[dict[str, dict], dict[Path, list[dict]]]:
    """The records named by ids, and every extracted file's remaining items."""
    wanted = set(ids)
    found: dict[str, dict] = {}
    rest: dict[Path, list[dict]] = {}
    for path in extracted_files(home):
        items = _load(path)
        keep = []
        for item in items:
            if isinstance(item, dict) and item.get("id") in wanted:
                found[item["id"]] = item
            else:
                keep.append(item)
        if len(keep) != len(items):
            rest[path] = keep
    missing = [i for i in ids if i not in found]
    if missing:
        raise KzpkError(f"no extracted record with id {', '.join(map(repr, missing))}", NOT_FOUND,
                        hint="`kzpk review` lists them")
    return found, rest


def _save_rest(home: Home, rest: dict[Path, list[dict]]) -> None:
    for path, items in rest.items():
        write_extracted(home, path.stem, items)


def accept(home: Home, ids: list[str]) -> list[tuple[str, Path]]:
    """Move extracted records into the curated files, quotes and all; status goes."""
    found, rest = _take(home, ids)
    moved: list[tuple[str, Path]] = []
    by_file: dict[Path, list[dict]] = {}
    for rid in ids:
        item = {k: v for k, v in found[rid].items() if k != "status"}
        target = Path(home.records) / CURATED_FILE.get(str(item.get("type")), "accepted.yaml")
        by_file.setdefault(target, []).append(item)
        moved.append((rid, target))
    for target, items in by_file.items():
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        if old and not old.endswith("\n"):
            old += "\n"
        _write_atomic(target, old + dump_yaml(items))
    _save_rest(home, rest)
    return moved


def reject(home: Home, ids: list[str]) -> list[str]:
    """Drop extracted records and remember their ids; references to a dropped entity go from
    the other extracted records too (a curated record that names it stops the rejection)."""
    found, rest = _take(home, ids)
    from kzpk.corpus import load_corpus

    gone = set(ids)
    for r in load_corpus(home.records).records:
        if r.status == "curated":
            refs = set(getattr(r, "actors", []) or []) | set(getattr(r, "subject", []) or [])
            refs |= {getattr(r, "place", None), getattr(r, "speaker", None)}
            hit = refs & gone
            if hit:
                raise KzpkError(f"{r.file}:{r.line}: curated record {r.id} refers to "
                                f"{', '.join(sorted(hit))}; edit it first", USAGE)
    for path in extracted_files(home):
        items = rest.get(path) or _load(path)
        changed = path in rest
        for item in items:
            for key in ("actors", "subject"):
                if isinstance(item.get(key), list) and gone & set(item[key]):
                    item[key] = [a for a in item[key] if a not in gone]
                    changed = True
            for key in ("place", "speaker"):
                if item.get(key) in gone:
                    item.pop(key)
                    changed = True
            for role in item.get("roles") or []:
                if isinstance(role, dict) and role.get("organization") in gone:
                    role.pop("organization")
                    changed = True
        if changed:
            rest[path] = items
    _save_rest(home, rest)
    memory = folder(home) / REJECTED
    old = memory.read_text(encoding="utf-8") if memory.exists() else \
        "# ids of extracted records a person rejected; kzpk never extracts them again\n"
    known = set(old.split())
    _write_atomic(memory, old + "".join(f"{rid}\n" for rid in ids if rid not in known))
    return sorted(found)
