"""records/ read into the record model (kzpk/records.py), with every problem and its file:line:
`load_corpus` for validate and builds, `check_records` for the records kzpk extracts.

YAML is read with kzpk/safe_yaml.py (PyYAML's safe loader with limits); line numbers come from its
compose, which builds nodes and never constructs objects, so a `!!python/...` tag can only ever be
reported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kzpk.dates import date_text, ends_before, parse_date
from kzpk.records import (_ID, EXTRACTED_DIR, FIELDS, LINK_KINDS, RECORD_TYPES, ROLE_FIELDS,
                          STATUSES, TOPICS, Citation, Entity, Event, Fact, Link, Record, Role)
from kzpk.sources import Source
from kzpk.text import fold


@dataclass
class Corpus:
    sources: list[Source]
    records: list[Record]
    problems: list[str]


# ------------------------------------------------------------------ loading

def record_files(records_dir: Path) -> list[Path]:
    """records/*.yaml, then records/extracted/*.yaml (records written from added documents)."""
    out: list[Path] = []
    for folder in (records_dir, records_dir / EXTRACTED_DIR):
        if folder.is_dir():
            out += sorted(p for p in folder.iterdir() if p.is_file()
                          and p.suffix in (".yaml", ".yml") and not p.name.startswith("."))
    return out


def _node_lines(text: str) -> list[tuple[int, dict[str, int]]]:
    """Line of each top-level item and of each of its keys (1-based)."""
    import yaml

    from kzpk import safe_yaml

    root = safe_yaml.compose(text)
    out: list[tuple[int, dict[str, int]]] = []
    if root is None or not isinstance(root, yaml.SequenceNode):
        return out
    for item in root.value:
        keys: dict[str, int] = {}
        if isinstance(item, yaml.MappingNode):
            for k, _ in item.value:
                keys[str(k.value)] = k.start_mark.line + 1
        out.append((item.start_mark.line + 1, keys))
    return out


def display_path(path: Path) -> str:
    """A path the user can open from where they stand: relative when inside the cwd."""
    import os

    rel = os.path.relpath(path)
    return rel if not rel.startswith("..") else str(path)


def _read_yaml(path: Path, problems: list[str]) -> list[tuple[dict, int, dict[str, int]]] | None:
    """The file's records with their lines; None when the file cannot be read as records at all."""
    import yaml

    from kzpk import safe_yaml

    where = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(f"{where}:1: not UTF-8 text")
        return None
    except OSError as exc:
        problems.append(f"{where}:1: cannot read: {exc.strerror}")
        return None
    try:
        data = safe_yaml.load(text)
        lines = _node_lines(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = (exc.problem or "invalid YAML").replace("\n", " ")
        if "tag" in what or "constructor" in what:
            what = f"unsupported YAML tag ({what}); records are plain data"
        problems.append(f"{where}:{line}: YAML error: {what} (its records are skipped, and ids "
                        "unknown elsewhere are not reported until it is fixed)")
        return None
    except yaml.YAMLError as exc:
        problems.append(f"{where}:1: YAML error: {str(exc).splitlines()[0]}")
        return None
    if data is None:
        return []
    if not isinstance(data, list):
        problems.append(f"{where}:1: expected a list of records (each item starting with '- id:')")
        return None
    items = []
    for i, item in enumerate(data):
        line, keys = lines[i] if i < len(lines) else (1, {})
        if not isinstance(item, dict):
            problems.append(f"{where}:{line}: each record must be a mapping of fields")
            continue
        items.append((item, line, keys))
    return items


class _Checker:
    """Builds one record from its YAML mapping, noting every problem with file:line."""

    def __init__(self, where: str, line: int, keys: dict[str, int], data: dict,
                 problems: list[str]):
        self.where, self.line, self.keys, self.data, self.problems = where, line, keys, data, problems

    def problem(self, key: str | None, message: str) -> None:
        line = self.keys.get(key, self.line) if key else self.line
        self.problems.append(f"{self.where}:{line}: {message}")

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.problem(None, f"{self.data.get('id', 'record')}: missing '{key}'")
            return None
        if isinstance(value, dt.date):
            return date_text(value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.problem(key, f"'{key}' must be text")
            return None
        return value.strip()

    def ids(self, key: str, required: bool = False) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(None, f"{self.data.get('id', 'record')}: missing '{key}'")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(key, f"'{key}' must be a list of ids")
            return ()
        return tuple(value)

    def date(self, key: str, required: bool = False) -> tuple[str | None, str | None]:
        value = self.text(key, required)
        if value is None:
            return None, None
        parsed = parse_date(value)
        if parsed is None:
            self.problem(key, f"'{key}' is not a valid date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
            return None, None
        return parsed

    def citation(self, value, key: str) -> Citation | None:
        if not isinstance(value, dict):
            self.problem(key, f"each entry of '{key}' must be a mapping with source, passage, quote")
            return None
        missing = [k for k in ("source", "passage", "quote") if not value.get(k)]
        if missing:
            self.problem(key, f"citation in '{key}' is missing {', '.join(missing)}")
            return None
        return Citation(str(value["source"]), str(value["passage"]), str(value["quote"]))

    def dated(self, required: bool = False) -> tuple[str | None, str | None]:
        """`date` with `date_precision` (which, when given, must match the date's form)."""
        date, precision = self.date("date", required)
        stated = self.data.get("date_precision")
        if date and stated and stated != precision:
            self.problem("date_precision", f"{self.data['id']}: date_precision {stated!r} does not "
                                           f"match date {date!r}")
        return date, precision

    def links(self) -> tuple[Link, ...]:
        value = self.data.get("links")
        if value is None:
            return ()
        rid = self.data["id"]
        if not isinstance(value, list):
            self.problem("links", f"{rid}: 'links' must be a list of {{id: ..., kind: ...}}")
            return ()
        out = []
        for entry in value:
            if (not isinstance(entry, dict) or set(entry) != {"id", "kind"}
                    or not isinstance(entry["id"], str)):
                self.problem("links", f"{rid}: each link is {{id: other-record-id, kind: "
                                      f"{'|'.join(LINK_KINDS)}}}, not {entry!r}")
            elif entry["kind"] not in LINK_KINDS:
                self.problem("links", f"{rid}: unknown link kind {entry['kind']!r} "
                                      f"(one of {', '.join(LINK_KINDS)})")
            elif entry["id"] == rid:
                self.problem("links", f"{rid}: links to itself")
            else:
                out.append(Link(entry["id"], entry["kind"]))
        return tuple(out)

    def aliases(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Aliases are names; `{name: X, transliteration: true}` marks one no source spells."""
        value = self.data.get("aliases")
        if value is None:
            return (), ()
        if not isinstance(value, list):
            value = [value]
        names, transliterations = [], []
        for entry in value:
            if isinstance(entry, dict) and set(entry) == {"name", "transliteration"} \
                    and isinstance(entry["name"], str) and entry["transliteration"] is True:
                names.append(entry["name"])
                transliterations.append(entry["name"])
            elif isinstance(entry, str):
                names.append(entry)
            else:
                self.problem("aliases", f"{self.data['id']}: an alias is a name, or "
                                        f"{{name: ..., transliteration: true}}; not {entry!r}")
        return tuple(names), tuple(transliterations)

    def citations(self) -> tuple[Citation, ...]:
        value = self.data.get("sources")
        if not value:
            self.problem(None, f"{self.data.get('id', 'record')}: no 'sources' (every record cites a passage)")
            return ()
        if not isinstance(value, list):
            value = [value]
        return tuple(c for c in (self.citation(v, "sources") for v in value) if c)


def _build(item: dict, line: int, keys: dict[str, int], where: str,
           problems: list[str]) -> Record | None:
    c = _Checker(where, line, keys, item, problems)
    rid = item.get("id")
    if not isinstance(rid, str) or not _ID.match(rid):
        c.problem("id", f"missing or malformed id {rid!r} (lowercase letters, digits, '-', '.')")
        return None
    rtype = item.get("type")
    if rtype not in RECORD_TYPES:
        c.problem("type", f"{rid}: unknown type {rtype!r} (one of {', '.join(RECORD_TYPES)})")
        return None
    kind = rtype if rtype in ("event", "fact") else "entity"
    for key in item:
        if key not in FIELDS[kind]:
            c.problem(str(key), f"{rid}: unknown field {key!r} for a {rtype} record "
                                f"(one of {', '.join(sorted(FIELDS[kind]))})")
    status = item.get("status", "curated")
    if status not in STATUSES:
        c.problem("status", f"{rid}: unknown status {status!r} (one of {', '.join(STATUSES)})")
        status = "curated"
    base = dict(id=rid, type=rtype, sources=c.citations(), file=where, line=line, lines=keys,
                links=c.links(), note=c.text("note"), status=status)
    topics = c.ids("topics")
    for t in topics:
        if t not in TOPICS:
            c.problem("topics", f"{rid}: unknown topic {t!r}")
    if rtype == "event":
        date, precision = c.dated(required=True)
        end, _ = c.date("end_date")
        if date and end and ends_before(end, date):
            c.problem("end_date", f"{rid}: end_date {end} is before date {date}")
        return Event(**base, date=date or "", date_precision=precision or "year", end_date=end,
                     title=c.text("title", required=True) or "",
                     summary=c.text("summary", required=True) or "",
                     actors=c.ids("actors"), organizers=c.ids("organizers"), topics=topics,
                     place=c.text("place"), date_note=c.text("date_note"))
    if rtype == "fact":
        date, precision = c.dated()
        value = item.get("value")
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            c.problem("value", f"{rid}: 'value' must be a number")
            value = None
        return Fact(**base, subject=c.ids("subject", required=True),
                    statement=c.text("statement", required=True) or "", value=value,
                    unit=c.text("unit"), qualifier=c.text("qualifier"), date=date,
                    date_precision=precision, speaker=c.text("speaker"), event=c.text("event"),
                    topics=topics, date_note=c.text("date_note"))
    roles = []
    raw_roles = item.get("roles") or []
    if not isinstance(raw_roles, list):
        c.problem("roles", f"{rid}: 'roles' must be a list")
        raw_roles = []
    for raw in raw_roles:
        cite = c.citation(raw, "roles")
        if cite is None:
            continue
        for key in raw:
            if key not in ROLE_FIELDS:
                c.problem("roles", f"{rid}: unknown field {key!r} in a role "
                                   f"(one of {', '.join(sorted(ROLE_FIELDS))})")
        if not raw.get("title"):
            c.problem("roles", f"{rid}: a role has no title")
            continue
        date = date_text(raw.get("date"))
        if date is not None and parse_date(date) is None:
            c.problem("roles", f"{rid}: role date {date!r} is not a valid date")
            date = None
        note = raw.get("note")
        roles.append(Role(str(raw["title"]), cite, raw.get("organization"), raw.get("event"),
                          date,
                          note.strip() if isinstance(note, str) and note.strip() else None))
    aliases, transliterations = c.aliases()
    date, precision = c.dated() if "date" in item else (None, None)
    return Entity(**base, name=c.text("name", required=True) or rid, aliases=aliases,
                  acronym=c.text("acronym"), description=c.text("description"), roles=tuple(roles),
                  parent=c.text("parent"), country=c.text("country"),
                  transliterations=transliterations, date=date, date_precision=precision,
                  date_note=c.text("date_note"))


def _check_references(records: list[Record], passages: dict[str, str], sources: set[str],
                      problems: list[str], unbuilt: set[str] | None,
                      known_ids: set[str] = frozenset()) -> None:
    """Quotes, ids and links. `unbuilt`: ids of records already reported as broken, or None when a
    whole file could not be read (then an unknown id is not reported: it may be in that file).
    `known_ids`: records checked elsewhere that these may refer to."""
    ids = {r.id for r in records} | set(known_ids)
    cache: dict[str, str] = {}

    def folded(pid: str) -> str:  # fold only cited passages: a big corpus has many more
        if pid not in cache:
            cache[pid] = fold(passages[pid])
        return cache[pid]

    def cite(r: Record, cit: Citation, what: str) -> None:
        where = f"{r.file}:{r.line}: {r.id}"
        if cit.source not in sources:
            problems.append(f"{where}: {what} names unknown source {cit.source!r}")
        elif cit.passage not in passages:
            problems.append(f"{where}: {what} names unknown passage {cit.passage!r}")
        elif not cit.passage.startswith(cit.source + "#"):
            problems.append(f"{where}: {what}: passage {cit.passage} is not in source {cit.source}")
        elif fold(cit.quote) not in folded(cit.passage):
            problems.append(f"{where}: {what}: quote not found verbatim in {cit.passage}: "
                            f"{cit.quote[:60]!r}")

    def ref(r: Record, value: str | None, what: str) -> None:
        if value and value not in ids and unbuilt is not None and value not in unbuilt:
            problems.append(f"{r.file}:{r.line}: {r.id}: {what} refers to unknown id {value!r}")

    by_id = {r.id: r for r in records}
    for r in records:
        for cit in r.sources:
            cite(r, cit, "citation")
        for link in r.links:
            target = by_id.get(link.id)
            if target is None:
                if unbuilt is not None and link.id not in unbuilt:
                    problems.append(f"{r.at('links')}: {r.id}: link refers to unknown id "
                                    f"{link.id!r}")
            elif Link(r.id, link.kind) not in target.links:
                problems.append(f"{r.at('links')}: {r.id}: links to {link.id} ({link.kind}) but "
                                f"{link.id} ({target.file}:{target.line}) does not link back with "
                                f"{{id: {r.id}, kind: {link.kind}}}")
        if isinstance(r, Entity):
            for role in r.roles:
                cite(r, role.citation, f"role {role.title!r}")
                ref(r, role.organization, "role organization")
                ref(r, role.event, "role event")
            ref(r, r.parent, "parent")
            ref(r, r.country, "country")
        elif isinstance(r, Event):
            for a in r.actors + r.organizers:
                ref(r, a, "actor")
            ref(r, r.place, "place")
        elif isinstance(r, Fact):
            for s in r.subject:
                ref(r, s, "subject")
            ref(r, r.speaker, "speaker")
            ref(r, r.event, "event")


def load_corpus(records_dir: str | Path) -> Corpus:
    """Read every source and record; never raises for bad data, it lists problems instead."""
    from kzpk.errors import KzpkError

    records_dir = Path(records_dir)
    problems: list[str] = []
    sources: list[Source] = []
    seen_sources: dict[str, str] = {}
    from kzpk.sources import read_source, source_files

    for path in source_files(records_dir):
        try:
            src = read_source(path)
        except KzpkError as exc:
            problems.append(exc.message.replace(str(path), display_path(path)))
            continue
        if src.id in seen_sources:
            problems.append(f"{display_path(path)}:1: source id {src.id!r} already used by "
                            f"{seen_sources[src.id]}")
            continue
        seen_sources[src.id] = display_path(path)
        sources.append(src)
    records: list[Record] = []
    seen: dict[str, str] = {}
    unbuilt: set[str] | None = set()
    for path in record_files(records_dir):
        items = _read_yaml(path, problems)
        if items is None:
            unbuilt = None
            continue
        for item, line, keys in items:
            record = _build(item, line, keys, display_path(path), problems)
            if record is None:
                if unbuilt is not None and isinstance(item.get("id"), str):
                    unbuilt.add(item["id"])
                continue
            if record.id in seen:
                problems.append(f"{display_path(path)}:{line}: duplicate id {record.id!r} "
                                f"(first defined at {seen[record.id]})")
                continue
            seen[record.id] = f"{display_path(path)}:{line}"
            records.append(record)
    passages = {p.id: p.text for s in sources for p in s.passages}
    _check_references(records, passages, {s.id for s in sources}, problems, unbuilt)
    from kzpk.quote_support import check_support

    check_support(records, passages, problems)
    return Corpus(sources, records, problems)


def check_records(items: list[dict], where: str, passages: dict[str, str], sources: set[str],
                  known_ids: set[str]) -> tuple[list[Record], list[str]]:
    """Build and check records (e.g. the ones kzpk extracts from a new document) exactly as
    validate does, against the given passages and the ids already known."""
    from kzpk.quote_support import check_support

    problems: list[str] = []
    records = [r for r in (_build(item, 1, {}, where, problems) for item in items) if r]
    _check_references(records, passages, sources, problems, set(), known_ids)
    check_support(records, passages, problems)
    return records, problems
