"""`kzpk profile NAME`: everything the records say about one entity or event."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzpk.snapshot import Snapshot, display_date
from kzpk.text import attributed, quoted
from kzpk.timeline import entry, involves

if TYPE_CHECKING:
    from kzpk.records import Entity, Event, Fact, Record, Role

SECTIONS = ("roles", "events", "said", "facts", "people", "organizations", "appears_with",
            "parts", "mentions", "passages")


@dataclass
class Profile:
    subject: dict
    roles: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    said: list[dict] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    people: list[dict] = field(default_factory=list)
    organizations: list[dict] = field(default_factory=list)
    appears_with: list[dict] = field(default_factory=list)
    parts: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)
    passages: list[dict] = field(default_factory=list)
    name: str = "profile"
    columns = ("section", "id", "date", "text")

    def to_dict(self) -> dict:
        return {"subject": self.subject, **{s: getattr(self, s) for s in SECTIONS}}

    def rows(self) -> list[dict]:
        links = "".join(f" · {link['line']}" for link in self.subject.get("links") or [])
        mark = "[extracted] " if self.subject.get("status") == "extracted" else ""
        rows = [{"section": "subject", "id": self.subject["id"], "date": self.subject.get("date"),
                 "text": mark + (self.subject.get("name") or self.subject.get("title")) + links}]
        for s in SECTIONS:
            for item in getattr(self, s):
                mark = "[extracted] " if item.get("status") == "extracted" else ""
                rows.append({"section": s, "id": item.get("id") or item.get("passage"),
                             "date": item.get("date"), "text": mark + row_text(s, item),
                             "item": item})
        return rows

    @staticmethod
    def plain_line(row: dict) -> str:
        date = f" {row['date']}" if row.get("date") else ""
        return f"{row['section']}:{date} {row['text']}"


def row_text(section: str, item: dict) -> str:
    if section == "roles":
        return f"{item['title']} ({item['source']})"
    links = "".join(f" · {link['line']}" for link in item.get("links") or [])
    if section in ("events", "parts"):
        return item["title"] + links
    if section in ("said", "facts"):
        return item["text"] + (f" {quoted(item['quote'])}" if item.get("quote") else "") + links
    if section in ("people", "organizations", "appears_with"):
        extra = f" ×{item['count']}" if item.get("count") else ""
        roles = f" — {'; '.join(item['roles'])}" if item.get("roles") else ""
        return f"{item['name']}{extra}{roles}"
    if section == "mentions":
        return f"{item['passage']}: {quoted(item['quote'])} ({item['title']})"
    if section == "passages":
        return f"{item['id']}: {item['snippet']}"
    return str(item)


def _fact_item(snap: Snapshot, f: Fact) -> dict:
    first = f.sources[0] if f.sources else None
    speaker = snap.name(f.speaker) if f.speaker else None
    return {"id": f.id, "statement": f.statement, "text": attributed(f.statement, speaker),
            "date": f.date,
            "value": f.value, "unit": f.unit, "qualifier": f.qualifier,
            "speaker": snap.ref(f.speaker).to_dict() if f.speaker else None,
            "event": snap.ref(f.event).to_dict() if f.event else None,
            "source": first and first.source, "passage": first and first.passage,
            "quote": first and first.quote, "links": [link.to_dict() for link in snap.links(f)],
            "status": f.status}


def _role_item(snap: Snapshot, role: Role) -> dict:
    return {"title": role.title,
            "organization": snap.ref(role.organization).to_dict() if role.organization else None,
            "event": snap.ref(role.event).to_dict() if role.event else None,
            "date": role.date, "source": role.citation.source, "passage": role.citation.passage,
            "quote": role.citation.quote}


_SUBJECT_FIELDS = ("id", "kind", "type", "name", "aliases", "acronym", "description", "title",
                   "summary", "date", "date_precision", "end_date", "date_note", "topics", "status")


def _subject(snap: Snapshot, r: Record) -> dict:
    out = {}
    for k in _SUBJECT_FIELDS:
        value = getattr(r, k, None)
        if value not in (None, (), ""):
            out[k] = list(value) if isinstance(value, tuple) else value
    for k in ("parent", "country", "place"):
        value = getattr(r, k, None)
        if value:
            out[k] = snap.ref(value).to_dict()
    if r.kind == "event":
        out["when"] = display_date(r)
        out["organizers"] = [snap.ref(a).to_dict() for a in r.organizers]
    out["sources"] = [c.to_dict() for c in r.sources]
    out["links"] = [link.to_dict() for link in snap.links(r)]
    return out


def _refs_with_counts(snap: Snapshot, counter: Counter, types: tuple[str, ...], n: int = 12):
    out = []
    for rid, count in counter.most_common():
        ref = snap.ref(rid)
        if ref.type in types:
            out.append({**ref.to_dict(), "count": count})
        if len(out) >= n:
            break
    return out


def profile(snap: Snapshot, record: Entity | Event, passages: list[dict] | None = None) -> Profile:
    rid = record.id
    p = Profile(subject=_subject(snap, record), passages=passages or [],
                mentions=[{"source": m["source"], "title": m.get("title"), "date": m.get("date"),
                           "passage": m["passage"], "quote": m["quote"]}
                          for m in snap.mentions(rid)])
    if record.kind == "event":
        return _event_profile(snap, record, p)
    events = [e for e in snap.events if involves(e, rid)]
    roles = record.roles
    role_events = {r.event for r in roles if r.event}
    seen = {e.id for e in events}
    events += [e for e in snap.events if e.id in role_events and e.id not in seen]
    events.sort(key=lambda e: e.date)
    p.events = [entry(snap, e).to_dict() for e in events]
    p.roles = [_role_item(snap, r) for r in sorted(roles, key=lambda r: r.date or "")]
    p.said = [_fact_item(snap, f) for f in snap.facts if f.speaker == rid]
    p.facts = [_fact_item(snap, f) for f in snap.facts
               if rid in f.subject and f.speaker != rid]
    together: Counter = Counter()
    for e in events:
        for a in set(e.actors) | set(e.organizers):
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
        p.people = [{**snap.ref(pid).to_dict(), "roles": titles} for pid, titles in members.items()]
        p.organizations = [snap.ref(c).to_dict() for c in sorted(children)]
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
        (people if ref.type == "person" else orgs).append({**ref.to_dict(), "roles": titles})
    p.people, p.organizations = people, orgs
    p.said = [_fact_item(snap, f) for f in snap.facts if f.event == rid]
    p.facts = [_fact_item(snap, f) for f in snap.facts
               if rid in f.subject and f.event != rid]
    sources = {c.source for c in event.sources}
    p.parts = [entry(snap, e).to_dict() for e in snap.events
               if e.id != rid and e.date[:7] == event.date[:7]
               and sources & {c.source for c in e.sources}]
    p.events = [entry(snap, event).to_dict()]
    return p
