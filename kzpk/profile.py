"""`kzpk profile NAME`: everything the records say about one entity or event."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kzpk.snapshot import Snapshot, display_date
from kzpk.text import attributed, quoted
from kzpk.timeline import entry, involves

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


def _fact_item(snap: Snapshot, f: dict) -> dict:
    first = (f.get("sources") or [{}])[0]
    speaker = snap.name(f["speaker"]) if f.get("speaker") else None
    return {"id": f["id"], "statement": f["statement"], "text": attributed(f["statement"], speaker),
            "date": f.get("date"),
            "value": f.get("value"), "unit": f.get("unit"), "qualifier": f.get("qualifier"),
            "speaker": snap.ref(f["speaker"]) if f.get("speaker") else None,
            "event": snap.ref(f["event"]) if f.get("event") else None,
            "source": first.get("source"), "passage": first.get("passage"),
            "quote": first.get("quote"), "links": snap.links(f),
            "status": f.get("status", "curated")}


def _role_item(snap: Snapshot, role: dict) -> dict:
    return {"title": role["title"],
            "organization": snap.ref(role["organization"]) if role.get("organization") else None,
            "event": snap.ref(role["event"]) if role.get("event") else None,
            "date": role.get("date"), "source": role["source"], "passage": role["passage"],
            "quote": role["quote"]}


def _subject(snap: Snapshot, r: dict) -> dict:
    keep = ("id", "kind", "type", "name", "aliases", "acronym", "description", "title", "summary",
            "date", "date_precision", "end_date", "date_note", "topics", "status")
    out = {k: r[k] for k in keep if r.get(k) not in (None, [], "")}
    for k in ("parent", "country", "place"):
        if r.get(k):
            out[k] = snap.ref(r[k])
    if r["kind"] == "event":
        out["when"] = display_date(r)
        out["organizers"] = [snap.ref(a) for a in r.get("organizers") or []]
    out["sources"] = r.get("sources") or []
    out["links"] = snap.links(r)
    return out


def _refs_with_counts(snap: Snapshot, counter: Counter, types: tuple[str, ...], n: int = 12):
    out = []
    for rid, count in counter.most_common():
        ref = snap.ref(rid)
        if ref["type"] in types:
            out.append({**ref, "count": count})
        if len(out) >= n:
            break
    return out


def profile(snap: Snapshot, record: dict, passages: list[dict] | None = None) -> Profile:
    rid = record["id"]
    p = Profile(subject=_subject(snap, record), passages=passages or [],
                mentions=[{"source": m["source"], "title": m.get("title"), "date": m.get("date"),
                           "passage": m["passage"], "quote": m["quote"]}
                          for m in snap.mentions(rid)])
    if record["kind"] == "event":
        return _event_profile(snap, record, p)
    events = [e for e in snap.events if involves(snap, e, rid)]
    roles = record.get("roles") or []
    role_events = {r.get("event") for r in roles if r.get("event")}
    events += [e for e in snap.events if e["id"] in role_events and e not in events]
    events.sort(key=lambda e: e["date"])
    p.events = [entry(snap, e).to_dict() for e in events]
    p.roles = sorted((_role_item(snap, r) for r in roles), key=lambda r: r.get("date") or "")
    p.said = [_fact_item(snap, f) for f in snap.facts if f.get("speaker") == rid]
    p.facts = [_fact_item(snap, f) for f in snap.facts
               if rid in (f.get("subject") or []) and f.get("speaker") != rid]
    together: Counter = Counter()
    for e in events:
        for a in set(e.get("actors") or []) | set(e.get("organizers") or []):
            if a != rid:
                together[a] += 1
    p.appears_with = _refs_with_counts(snap, together, ("person", "organization"))
    if record.get("type") == "person":
        orgs = Counter(r["organization"] for r in roles if r.get("organization"))
        p.organizations = _refs_with_counts(snap, orgs, ("organization",), 50)
    elif record.get("type") in ("organization", "programme"):
        members: dict[str, list[str]] = {}
        children = {r["id"] for r in snap.entities if r.get("parent") == rid}
        for person in snap.entities:
            for role in person.get("roles") or []:
                if role.get("organization") in ({rid} | children):
                    members.setdefault(person["id"], [])
                    if role["title"] not in members[person["id"]]:
                        members[person["id"]].append(role["title"])
        p.people = [{**snap.ref(pid), "roles": titles} for pid, titles in members.items()]
        p.organizations = [snap.ref(c) for c in sorted(children)]
    return p


def _event_profile(snap: Snapshot, event: dict, p: Profile) -> Profile:
    rid = event["id"]
    participants: dict[str, list[str]] = {}
    for a in (event.get("actors") or []) + (event.get("organizers") or []):
        participants.setdefault(a, [])
    for person in snap.entities:
        for role in person.get("roles") or []:
            if role.get("event") == rid:
                titles = participants.setdefault(person["id"], [])
                if role["title"] not in titles:
                    titles.append(role["title"])
    people, orgs = [], []
    for pid, titles in participants.items():
        ref = snap.ref(pid)
        (people if ref["type"] == "person" else orgs).append({**ref, "roles": titles})
    p.people, p.organizations = people, orgs
    p.said = [_fact_item(snap, f) for f in snap.facts if f.get("event") == rid]
    p.facts = [_fact_item(snap, f) for f in snap.facts
               if rid in (f.get("subject") or []) and f.get("event") != rid]
    sources = {c["source"] for c in event.get("sources") or []}
    p.parts = [entry(snap, e).to_dict() for e in snap.events
               if e["id"] != rid and e["date"][:7] == event["date"][:7]
               and sources & {c["source"] for c in e.get("sources") or []}]
    p.events = [entry(snap, event).to_dict()]
    return p
