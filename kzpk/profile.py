"""`kzpk profile NAME`: everything the records say about one entity or event."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzpk.snapshot import LinkedRecord, Mention, Ref, Snapshot, display_date
from kzpk.text import attributed, figure, quoted
from kzpk.timeline import TimelineEntry, entry, involves

if TYPE_CHECKING:
    from kzpk.records import Entity, Event, Fact, Role

SECTIONS = ("roles", "events", "said", "facts", "people", "organizations", "appears_with",
            "parts", "mentions", "passages")
# the record's own fields a profile's subject shows, when they are given
_SUBJECT_FIELDS = ("id", "kind", "type", "name", "aliases", "acronym", "description", "title",
                   "summary", "date", "date_precision", "end_date", "date_note", "topics", "status")


def _links_text(links: tuple[LinkedRecord, ...]) -> str:
    return "".join(f" · {link.line}" for link in links)


@dataclass(frozen=True)
class Subject:
    """The record a profile is about, with the records it names."""
    record: Entity | Event
    refs: tuple[tuple[str, Ref], ...]  # (field, record) for parent, country and place
    organizers: tuple[Ref, ...]
    links: tuple[LinkedRecord, ...]
    when: str | None  # an event's dates as shown

    @property
    def name(self) -> str:
        return self.record.headline

    @property
    def about(self) -> tuple[str, ...]:
        """An entity's description or an event's summary, when there is one."""
        r = self.record
        return tuple(x for x in ((r.description,) if r.kind == "entity" else (r.summary,)) if x)

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.record.aliases if self.record.kind == "entity" else ()

    def to_dict(self) -> dict:
        r, out = self.record, {}
        for k in _SUBJECT_FIELDS:
            value = getattr(r, k, None)
            if value not in (None, (), ""):
                out[k] = list(value) if isinstance(value, tuple) else value
        for k, ref in self.refs:
            out[k] = ref.to_dict()
        if r.kind == "event":
            out["when"] = self.when
            out["organizers"] = [a.to_dict() for a in self.organizers]
        out["sources"] = [c.to_dict() for c in r.sources]
        out["links"] = [link.to_dict() for link in self.links]
        return out


@dataclass(frozen=True)
class RoleItem:
    title: str
    organization: Ref | None
    event: Ref | None
    date: str | None
    source: str
    passage: str
    quote: str
    id = None  # shown by its passage
    status = "curated"

    @property
    def text(self) -> str:
        return f"{self.title} ({self.source})"

    def to_dict(self) -> dict:
        return {**self.__dict__, "organization": self.organization and self.organization.to_dict(),
                "event": self.event and self.event.to_dict()}


@dataclass(frozen=True)
class FactItem:
    id: str
    statement: str
    text_as_said: str  # the statement, as its speaker's when there is one
    date: str | None
    value: float | int | None
    unit: str | None
    qualifier: str | None
    speaker: Ref | None
    event: Ref | None
    source: str | None
    passage: str | None
    quote: str | None
    links: tuple[LinkedRecord, ...]
    status: str

    @property
    def text(self) -> str:
        # the figure first: two facts of one sentence ('$250 million … $1 billion') differ there
        lead = f"{figure(self.value, self.unit)} — " if self.value is not None else ""
        return (lead + self.text_as_said + (f" {quoted(self.quote)}" if self.quote else "")
                + _links_text(self.links))

    def to_dict(self) -> dict:
        return {"id": self.id, "statement": self.statement, "text": self.text_as_said,
                "date": self.date, "value": self.value, "unit": self.unit,
                "qualifier": self.qualifier, "speaker": self.speaker and self.speaker.to_dict(),
                "event": self.event and self.event.to_dict(), "source": self.source,
                "passage": self.passage, "quote": self.quote,
                "links": [link.to_dict() for link in self.links], "status": self.status}


@dataclass(frozen=True)
class RefItem:
    """A person or organisation in a profile: how often they appear with it, or their roles."""
    ref: Ref
    count: int | None = None
    roles: tuple[str, ...] | None = None
    date = None
    status = "curated"

    @property
    def id(self) -> str:
        return self.ref.id

    @property
    def text(self) -> str:
        extra = f" ×{self.count}" if self.count else ""
        roles = f" — {'; '.join(self.roles)}" if self.roles else ""
        return f"{self.ref.name}{extra}{roles}"

    def to_dict(self) -> dict:
        out = self.ref.to_dict()
        if self.count is not None:
            out["count"] = self.count
        if self.roles is not None:
            out["roles"] = list(self.roles)
        return out


@dataclass(frozen=True)
class PassageItem:
    """A passage a search for the subject's names finds."""
    id: str
    source: dict | None  # the source as the search hit gives it
    snippet: str
    score: float
    date = None
    status = "curated"

    @property
    def text(self) -> str:
        return f"{self.id}: {self.snippet}"

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ProfileLine:
    """One line of a profile as the formats show it."""
    section: str
    id: str | None
    date: str | None
    text: str
    item: object = None  # the section's item (None for the subject's line)
    when: str | None = None  # an event's dates as shown


@dataclass
class Profile:
    subject: Subject
    roles: list[RoleItem] = field(default_factory=list)
    events: list[TimelineEntry] = field(default_factory=list)
    said: list[FactItem] = field(default_factory=list)
    facts: list[FactItem] = field(default_factory=list)
    people: list[RefItem] = field(default_factory=list)
    organizations: list[RefItem] = field(default_factory=list)
    appears_with: list[RefItem] = field(default_factory=list)
    parts: list[TimelineEntry] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    passages: list[PassageItem] = field(default_factory=list)
    name: str = "profile"
    columns = ("section", "id", "date", "text")

    def to_dict(self) -> dict:
        return {"subject": self.subject.to_dict(),
                **{s: [item.to_dict() for item in getattr(self, s)] for s in SECTIONS}}

    def lines(self) -> list[ProfileLine]:
        s = self.subject
        mark = "[extracted] " if s.record.status == "extracted" else ""
        out = [ProfileLine("subject", s.record.id, s.record.date,
                           mark + s.name + _links_text(s.links))]
        for section in SECTIONS:
            for item in getattr(self, section):
                mark = "[extracted] " if item.status == "extracted" else ""
                out.append(ProfileLine(section, item.id or item.passage, item.date,
                                       mark + _item_text(item), item,
                                       item.when if isinstance(item, TimelineEntry) else None))
        return out

    def rows(self) -> list[dict]:
        rows = []
        for line in self.lines():
            row = {"section": line.section, "id": line.id, "date": line.date, "text": line.text}
            if line.item is not None:
                row["item"] = line.item.to_dict()
            rows.append(row)
        return rows

    @staticmethod
    def plain_line(row: dict) -> str:
        date = f" {row['date']}" if row.get("date") else ""
        return f"{row['section']}:{date} {row['text']}"


def _item_text(item) -> str:
    if isinstance(item, TimelineEntry):
        return item.title + _links_text(item.links)
    return item.text


def _fact_item(snap: Snapshot, f: Fact) -> FactItem:
    first = f.sources[0] if f.sources else None
    speaker = snap.name(f.speaker) if f.speaker else None
    return FactItem(f.id, f.statement, attributed(f.statement, speaker), f.date, f.value, f.unit,
                    f.qualifier, snap.ref(f.speaker) if f.speaker else None,
                    snap.ref(f.event) if f.event else None, first and first.source,
                    first and first.passage, first and first.quote, snap.links(f), f.status)


def _role_item(snap: Snapshot, role: Role) -> RoleItem:
    return RoleItem(role.title, snap.ref(role.organization) if role.organization else None,
                    snap.ref(role.event) if role.event else None, role.date,
                    role.citation.source, role.citation.passage, role.citation.quote)


def _subject(snap: Snapshot, r: Entity | Event) -> Subject:
    refs = tuple((k, snap.ref(getattr(r, k))) for k in ("parent", "country", "place")
                 if getattr(r, k, None))
    is_event = r.kind == "event"
    return Subject(r, refs, tuple(snap.ref(a) for a in r.organizers) if is_event else (),
                   snap.links(r), display_date(r) if is_event else None)


def _refs_with_counts(snap: Snapshot, counter: Counter, types: tuple[str, ...],
                      n: int = 12) -> list[RefItem]:
    out = []
    for rid, count in counter.most_common():
        ref = snap.ref(rid)
        if ref.type in types:
            out.append(RefItem(ref, count=count))
        if len(out) >= n:
            break
    return out


def profile(snap: Snapshot, record: Entity | Event,
            passages: list[PassageItem] | None = None) -> Profile:
    rid = record.id
    p = Profile(subject=_subject(snap, record), passages=passages or [],
                mentions=snap.mentions(rid))
    if record.kind == "event":
        return _event_profile(snap, record, p)
    events = [e for e in snap.events if involves(e, rid)]
    roles = record.roles
    role_events = {r.event for r in roles if r.event}
    seen = {e.id for e in events}
    events += [e for e in snap.events if e.id in role_events and e.id not in seen]
    events.sort(key=lambda e: e.date)
    p.events = [entry(snap, e) for e in events]
    p.roles = [_role_item(snap, r) for r in sorted(roles, key=lambda r: r.date or "")]
    p.said = [_fact_item(snap, f) for f in snap.facts if f.speaker == rid]
    p.facts = [_fact_item(snap, f) for f in snap.facts
               if rid in f.subject and f.speaker != rid]
    together: Counter = Counter()
    for e in events:
        for a in dict.fromkeys((*e.actors, *e.organizers)):
            if a != rid:
                together[a] += 1
    p.appears_with = _refs_with_counts(snap, together, ("person", "organization"))
    if record.type == "person":
        orgs = Counter(r.organization for r in roles if r.organization)
        p.organizations = _refs_with_counts(snap, orgs, ("organization",), 50)
    elif record.type in ("organization", "programme"):
        members: dict[str, list[str]] = {}
        children = {r.id for r in snap.entities if r.parent == rid}
        for person in snap.entities:
            for role in person.roles:
                if role.organization in ({rid} | children):
                    members.setdefault(person.id, [])
                    if role.title not in members[person.id]:
                        members[person.id].append(role.title)
        p.people = [RefItem(snap.ref(pid), roles=tuple(titles)) for pid, titles in members.items()]
        p.organizations = [RefItem(snap.ref(c)) for c in sorted(children)]
    return p


def _event_profile(snap: Snapshot, event: Event, p: Profile) -> Profile:
    rid = event.id
    participants: dict[str, list[str]] = {}
    for a in (*event.actors, *event.organizers):
        participants.setdefault(a, [])
    for person in snap.entities:
        for role in person.roles:
            if role.event == rid:
                titles = participants.setdefault(person.id, [])
                if role.title not in titles:
                    titles.append(role.title)
    people, orgs = [], []
    for pid, titles in participants.items():
        ref = snap.ref(pid)
        (people if ref.type == "person" else orgs).append(RefItem(ref, roles=tuple(titles)))
    p.people, p.organizations = people, orgs
    p.said = [_fact_item(snap, f) for f in snap.facts if f.event == rid]
    p.facts = [_fact_item(snap, f) for f in snap.facts
               if rid in f.subject and f.event != rid]
    sources = {c.source for c in event.sources}
    p.parts = [entry(snap, e) for e in snap.events
               if e.id != rid and e.date[:7] == event.date[:7]
               and sources & {c.source for c in e.sources}]
    p.events = [entry(snap, event)]
    return p
