"""The record model: the frozen dataclasses every command reads, at build time (from YAML, by
kzpk/corpus.py) and at query time (from the index snapshot, by `record_from_dict`), and the
declarations of what a record may hold (types, fields, topics, link kinds, statuses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from kzpk.sources import Source

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


__all__ = ["Citation", "Entity", "Event", "Fact", "Link", "Record", "Role", "SourceEntry",
           "record_from_dict"]
