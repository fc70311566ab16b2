"""Structured records (YAML under records/) -> plain dataclasses, and every problem with file:line.

YAML is read with kzpk/safe_yaml.py (PyYAML's safe loader with limits); line numbers come from its
compose, which builds nodes and never constructs objects, so a `!!python/...` tag can only ever be
reported.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

from kzpk.dates import date_text, ends_before, parse_date
from kzpk.sources import Source
from kzpk.text import fold

ENTITY_TYPES = ("person", "organization", "country", "place", "programme", "agreement")
RECORD_TYPES = ENTITY_TYPES + ("event", "fact")
TOPICS = ("diplomacy", "trade", "economy", "investment", "connectivity", "transport", "energy",
          "security", "defence", "parliament", "politics", "culture", "education", "science",
          "technology", "tourism", "sport", "multilateral", "media", "environment",
          "humanitarian", "law")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# How two records that tell the same thing relate: sources disagree about it, or the story changes.
LINK_KINDS = ("disagrees", "story")
STATUSES = ("curated", "extracted")  # extracted: written by `kzpk` from an added document, unreviewed
EXTRACTED_DIR = "extracted"  # records/extracted/*.yaml, validated exactly like the curated files
_COMMON_FIELDS = {"id", "type", "sources", "links", "note", "status"}
FIELDS = {
    "entity": _COMMON_FIELDS | {"name", "aliases", "acronym", "description", "roles", "parent",
                                "country", "date", "date_precision", "date_note"},
    "event": _COMMON_FIELDS | {"date", "date_precision", "end_date", "title", "summary", "actors",
                               "organizers", "topics", "place", "date_note"},
    "fact": _COMMON_FIELDS | {"subject", "statement", "value", "unit", "qualifier", "date",
                              "date_precision", "speaker", "event", "topics", "date_note"},
}
ROLE_FIELDS = {"title", "organization", "event", "date", "note", "source", "passage", "quote"}


@dataclass(frozen=True)
class Citation:
    source: str
    passage: str
    quote: str

    def to_dict(self) -> dict:
        return {"source": self.source, "passage": self.passage, "quote": self.quote}


@dataclass(frozen=True)
class Role:
    title: str
    citation: Citation
    organization: str | None = None
    event: str | None = None
    date: str | None = None
    note: str | None = None

    def to_dict(self) -> dict:
        """The role with its citation's source, passage and quote beside its own fields."""
        return {"title": self.title, "organization": self.organization, "event": self.event,
                "date": self.date, "note": self.note, "source": self.citation.source,
                "passage": self.citation.passage, "quote": self.citation.quote}

    @classmethod
    def from_dict(cls, d: dict) -> "Role":
        return cls(d["title"], Citation(d["source"], d["passage"], d["quote"]),
                   d.get("organization"), d.get("event"), d.get("date"), d.get("note"))


@dataclass(frozen=True)
class Link:
    """`links: [{id: other-record, kind: disagrees|story}]`, mirrored on the other record."""
    id: str
    kind: str

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind}


@dataclass(frozen=True)
class Record:
    """One record, as validate builds it from YAML and as the index snapshot gives it back
    (`to_dict` writes it, `record_from_dict` reads it; `file`, `line` and `lines` are known only
    when it was read from YAML)."""
    id: str
    type: str
    sources: tuple[Citation, ...]
    file: str = ""
    line: int = 0
    links: tuple[Link, ...] = ()
    note: str | None = None  # how an inferred field was inferred, and from which record or passage
    status: str = "curated"
    lines: dict[str, int] = field(default_factory=dict, repr=False, compare=False)  # key -> line

    def at(self, key: str | None = None) -> str:
        """file:line of the record, or of one of its fields."""
        return f"{self.file}:{self.lines.get(key, self.line) if key else self.line}"

    @property
    def kind(self) -> str:
        return self.type if self.type in ("event", "fact") else "entity"

    @property
    def headline(self) -> str:
        """What the record is called: an entity's name, an event's title, a fact's statement."""
        return ""

    def named_ids(self) -> set[str]:
        """Every record id this one names: who took part, the place, the speaker, the event."""
        return set()

    def to_dict(self) -> dict:
        """JSON-ready form: what the index snapshot holds and the renderers show."""
        out = {name: _plain(getattr(self, name)) for name in _stored_fields(type(self))}
        out["kind"] = self.kind
        return out


@dataclass(frozen=True)
class Entity(Record):
    name: str = ""
    aliases: tuple[str, ...] = ()
    acronym: str | None = None
    description: str | None = None
    roles: tuple[Role, ...] = ()
    parent: str | None = None
    country: str | None = None
    transliterations: tuple[str, ...] = ()  # aliases no source spells
    date: str | None = None  # an agreement's or programme's date
    date_precision: str | None = None
    date_note: str | None = None

    @property
    def headline(self) -> str:
        return self.name

    @property
    def names(self) -> tuple[str, ...]:
        """Its name, aliases and acronym."""
        return (self.name, *self.aliases, *((self.acronym,) if self.acronym else ()))


@dataclass(frozen=True)
class Event(Record):
    date: str = ""
    date_precision: str = "day"
    end_date: str | None = None
    title: str = ""
    summary: str = ""
    actors: tuple[str, ...] = ()
    organizers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    place: str | None = None
    date_note: str | None = None

    @property
    def headline(self) -> str:
        return self.title

    def named_ids(self) -> set[str]:
        return {*self.actors, *self.organizers, *((self.place,) if self.place else ())}


@dataclass(frozen=True)
class Fact(Record):
    subject: tuple[str, ...] = ()
    statement: str = ""
    value: float | int | None = None
    unit: str | None = None
    qualifier: str | None = None
    date: str | None = None
    date_precision: str | None = None
    speaker: str | None = None
    event: str | None = None
    topics: tuple[str, ...] = ()
    date_note: str | None = None

    @property
    def headline(self) -> str:
        return self.statement

    def named_ids(self) -> set[str]:
        return {*self.subject, *(x for x in (self.speaker, self.event) if x)}


_FROM_YAML_ONLY = ("file", "line", "lines")
_STORED: dict[type, tuple[str, ...]] = {}


def _stored_fields(cls: type) -> tuple[str, ...]:
    """The fields the index snapshot holds, in declaration order."""
    names = _STORED.get(cls)
    if names is None:
        names = _STORED[cls] = tuple(f.name for f in fields(cls) if f.name not in _FROM_YAML_ONLY)
    return names


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, (Citation, Link, Role)):
        return value.to_dict()
    return value


_READ = {"sources": lambda v: tuple(Citation(c["source"], c["passage"], c["quote"]) for c in v),
         "links": lambda v: tuple(Link(x["id"], x["kind"]) for x in v),
         "roles": lambda v: tuple(Role.from_dict(x) for x in v)}


def record_from_dict(data: dict) -> Record:
    """A record back from its `to_dict` form (the index snapshot)."""
    cls = Event if data["type"] == "event" else Fact if data["type"] == "fact" else Entity
    kw = {}
    for name in _stored_fields(cls):
        if name in data:
            value = data[name]
            read = _READ.get(name)
            kw[name] = read(value) if read else tuple(value) if type(value) is list else value
    return cls(**kw)


@dataclass(frozen=True)
class SourceEntry:
    """A source as the index snapshot lists it (its passages stay in the index)."""
    id: str
    title: str
    date: str | None
    place: str | None
    publisher: str | None
    kind: str | None
    passages: int

    @classmethod
    def of(cls, s: Source) -> "SourceEntry":
        return cls(s.id, s.title, s.date, s.place, s.publisher, s.kind, len(s.passages))

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, d: dict) -> "SourceEntry":
        return cls(**d)


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


__all__ = ["Citation", "Corpus", "Entity", "Event", "Fact", "Link", "Record", "Role", "SourceEntry",
           "load_corpus", "record_from_dict"]
