"""`kzpk compare A B`: two subjects answer the same questions side by side, with sources.

Each side is built from the records alone: a person's roles, the organisations of those roles
(a department counts under its parent), the occasions they took part in, what they said; an
organisation's people (from roles), occasions and statements; a country's memberships as the
texts state them; an event's date, place, participants and outcomes; a period's events, dated
facts and figures. An item is *shared* when both sides reach the same record by their own
evidence, and every item says how it reaches its side. Meeting a third party at different events
is not shared: people met are never compared for a person, only occasions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import asdict, dataclass, replace

from kzpk.errors import NOT_FOUND, USAGE, KzpkError
from kzpk.records import Citation, Entity, Event, Fact, Record, Role
from kzpk.dates import Period, precision
from kzpk.snapshot import Snapshot, display_date, overlaps
from kzpk.text import fold

# question -> (label for shared items, label for one side's items), in the order shown
QUESTIONS = {
    "occasion": ("same occasion", "occasion"),
    "date": ("same date", "date"),
    "place": ("same place", "place"),
    "roles": ("same title", "roles"),
    "organizations": ("shared organisations", "organisations"),
    "memberships": ("shared memberships", "memberships"),
    "people": ("people in both", "people"),
    "countries": ("countries in both", "countries"),
    "events": ("met at (same occasion)", "events"),
    "agreements": ("agreements between them", "agreements"),
    "visits": ("visits between them", "visits"),
    "said": ("both said on", "said on"),
    "outcomes": ("outcomes", "outcomes"),
    "facts": ("dated facts in both", "dated facts"),
    "figures": ("figures side by side", "figures"),
    "topics": ("topics in both", "topics"),
}
PARTS = ("shared", "only_left", "only_right")
_AGREEMENT = re.compile(r"\b(agreements?|memorand(?:um|a|ums)|mou|mous|treaty|treaties|accords?|"
                        r"protocols?|conventions?|declarations?|signed|signing)\b", re.I)
# what a text says when it states that a country belongs to (or works within) a body
_MEMBERSHIP = re.compile(r"member|within|join|accession|observer|admitted|coordinat|bodies|"
                         r"organi[sz]ations", re.I)
_VISIT = re.compile(r"(?<![-\w])visit(s|ed|ing)?\b", re.I)  # a visit, not "post-visit reflections"
# words that do not change which office a title names ("Federal Minister for Communications" is
# the "Minister of Communications")
_NOT_TITLE = {"the", "of", "for", "a", "an", "and", "&", "federal", "former"}
_GENERIC = {"the", "of", "and", "on", "in", "a", "an", "for", "to", "at", "by", "with", "its",
            "kazakhstan", "pakistan", "kazakh", "pakistani", "meeting", "session", "event"}


# ------------------------------------------------------------------ the model

def short(name: str, width: int = 40) -> str:
    """A subject's name short enough to stand before each line of a reason."""
    return name if len(name) <= width else name[:width - 1].rstrip() + "…"


@dataclass(frozen=True)
class Evidence:
    """How an item reaches one side: in words, from which record, with its sources."""
    text: str
    record: str | None = None
    date: str | None = None
    sources: tuple[Citation, ...] = ()
    value: float | int | None = None  # a figure's value and unit, as recorded
    unit: str | None = None

    def to_dict(self) -> dict:
        out = {"text": self.text, "record": self.record, "date": self.date,
               "sources": [asdict(c) for c in self.sources]}
        if self.value is not None:
            out.update(value=self.value, unit=self.unit)
        return out


@dataclass(frozen=True)
class Item:
    """One answer to one question: on one side, or on both with each side's evidence."""
    question: str
    id: str
    name: str
    date: str | None = None
    left: tuple[Evidence, ...] = ()
    right: tuple[Evidence, ...] = ()
    note: str | None = None  # computed, never quoted: a change between two figures

    @property
    def part(self) -> str:
        return "shared" if self.left and self.right else "only_left" if self.left else "only_right"

    @property
    def sources(self) -> tuple[Citation, ...]:
        return tuple(dict.fromkeys(c for ev in self.left + self.right for c in ev.sources))

    def reason(self, left_name: str, right_name: str) -> str:
        left_name, right_name = short(left_name), short(right_name)
        parts = []
        if self.left:
            parts.append(f"{left_name}: " + "; ".join(ev.text for ev in self.left))
        if self.right:
            parts.append(f"{right_name}: " + "; ".join(ev.text for ev in self.right))
        text = " | ".join(parts)
        return f"{text} | {self.note}" if self.note else text

    def to_dict(self, left_name: str, right_name: str, side: str | None = None) -> dict:
        out = {"id": self.id, "name": self.name, "date": self.date}
        if side is None:
            out["reason"] = self.reason(left_name, right_name)
            if self.part == "shared":
                out["left"] = [ev.to_dict() for ev in self.left]
                out["right"] = [ev.to_dict() for ev in self.right]
            if self.note:
                out["computed"] = self.note
            out["sources"] = [asdict(c) for c in self.sources]
        else:
            evidence = self.left if side == "left" else self.right
            out["reason"] = "; ".join(ev.text for ev in evidence)
            values = [ev for ev in evidence if ev.value is not None]
            if values:
                out.update(value=values[0].value, unit=values[0].unit)
            out["sources"] = [asdict(c) for ev in evidence for c in ev.sources]
        return out


@dataclass(frozen=True)
class Subject:
    id: str
    kind: str  # person, organization, programme, country, place, agreement, event, period
    name: str
    date: str | None = None

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "name": self.name, "date": self.date}


@dataclass(frozen=True)
class Comparison:
    left: Subject
    right: Subject
    items: tuple[Item, ...]
    name: str = "compare"
    columns = ("part", "question", "id", "name", "date", "reason", "sources")

    def questions(self) -> list[str]:
        present = {i.question for i in self.items}
        return [q for q in QUESTIONS if q in present]

    @staticmethod
    def labels(question: str) -> tuple[str, str]:
        """The question's label for shared items and for one side's items (for the renderers)."""
        return QUESTIONS[question]

    def part(self, part: str, question: str | None = None) -> list[Item]:
        return [i for i in self.items if i.part == part and (question is None or i.question == question)]

    def _side(self, side: str) -> dict:
        out: dict = {"subject": self.left.to_dict() if side == "left" else self.right.to_dict()}
        for q in QUESTIONS:
            items = [i for i in self.items if i.question == q and (i.left if side == "left" else i.right)]
            out[q] = [i.to_dict(self.left.name, self.right.name, side) for i in items]
        return out

    def to_dict(self) -> dict:
        out = {"left": self._side("left"), "right": self._side("right")}
        for part in PARTS:
            out[part] = {q: [i.to_dict(self.left.name, self.right.name) for i in self.part(part, q)]
                         for q in QUESTIONS}
        return out

    def rows(self) -> list[dict]:
        rows = []
        for part in PARTS:
            for q in self.questions():
                for i in self.part(part, q):
                    rows.append({"part": part, "question": q, "id": i.id, "name": i.name,
                                 "date": i.date, "reason": i.reason(self.left.name, self.right.name),
                                 "sources": [c.passage or c.source for c in i.sources]})
        return rows

    def plain_line(self, row: dict) -> str:
        side = {"shared": "both", "only_left": f"only {short(self.left.name)}",
                "only_right": f"only {short(self.right.name)}"}[row["part"]]
        label = QUESTIONS[row["question"]][0 if row["part"] == "shared" else 1]
        where = f" [{', '.join(row['sources'][:4])}]" if row["sources"] else ""
        return f"{side} · {label}: {row['name']} ({row['id']}) — {row['reason']}{where}"


# ------------------------------------------------------------------ reading the records

def _cites(record: Record, prefer: list[str] | None = None, n: int = 1) -> tuple[Citation, ...]:
    """A record's citations, the ones whose quote names one of `prefer` first."""
    cites = list(record.sources)
    if prefer:
        wanted = [fold(p) for p in prefer if p]
        cites.sort(key=lambda c: not any(w in fold(c.quote or "") for w in wanted))
    return tuple(cites[:n])


def _quoted(cites: tuple[Citation, ...]) -> str:
    from kzpk.text import quoted

    return " … ".join(quoted(c.quote) for c in cites if c.quote)


def _role_cite(role: Role) -> tuple[Citation, ...]:
    return (role.citation,)


def _names(record: Record | None) -> list[str]:
    """An entity's name, aliases and acronym (nothing for an event or a fact)."""
    return [n for n in record.names if n] if isinstance(record, Entity) else []


class _Corpus:
    """Indexes over the snapshot that every side needs: built once per comparison."""

    def __init__(self, snap: Snapshot):
        self.snap = snap
        self.events = snap.events
        self.children: dict[str, list[str]] = defaultdict(list)
        for e in snap.entities:
            if e.parent:
                self.children[e.parent].append(e.id)
        self.holders: dict[str, list[tuple[Entity, Role]]] = defaultdict(list)  # org -> (person, role)
        self.at_event: dict[str, list[tuple[Entity, Role]]] = defaultdict(list)  # event -> (person, role)
        for person in snap.entities:
            for role in person.roles:
                if role.organization:
                    self.holders[role.organization].append((person, role))
                if role.event:
                    self.at_event[role.event].append((person, role))
        self.occasion = _occasions(self.events)

    def rec(self, rid: str | None) -> Record | None:
        return self.snap.by_id.get(rid or "")

    def name(self, rid: str | None) -> str:
        return self.snap.name(rid)

    def type(self, rid: str | None) -> str | None:
        r = self.rec(rid)
        return r.type if r else None

    def entity(self, rid: str | None) -> Entity | None:
        r = self.rec(rid)
        return r if isinstance(r, Entity) else None

    def ancestors(self, rid: str) -> list[str]:
        out, seen = [], {rid}
        parent = self.parent_of(rid)
        while parent and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = self.parent_of(parent)
        return out

    def descendants(self, rid: str) -> list[str]:
        out, todo = [], list(self.children.get(rid, []))
        while todo:
            c = todo.pop()
            if c not in out and c != rid:
                out.append(c)
                todo.extend(self.children.get(c, []))
        return out

    def parent_of(self, rid: str | None) -> str | None:
        r = self.entity(rid)
        return r.parent if r else None

    def country_of(self, rid: str | None) -> str | None:
        r = self.entity(rid)
        return r.country if r else None


def _title_key(title: str) -> str:
    """A role title's words, so that "Prime-Minister of the Pakistan" and "Prime Minister of
    Pakistan" are one title: two people who held it share it (each with their own date)."""
    from kzpk.resolve import words

    return "role:" + " ".join(w for w in words(title) if w not in _NOT_TITLE)


def _title_words(title: str) -> set[str]:
    from kzpk.resolve import words

    return {w for w in words(title) if w not in _GENERIC and len(w) > 1}


def _occasions(events: list[Event]) -> dict[str, str]:
    """event id -> the event that stands for its whole occasion. Events are parts of one occasion
    when they share a day, a source and at least two title words (a conference and its sessions);
    the whole is the part with the most participants."""
    root = {e.id: e.id for e in events}

    def find(x: str) -> str:
        while root[x] != x:
            x = root[x]
        return x

    by_day: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        if precision(e.date) == "day" and e.end_date in (None, e.date):
            by_day[e.date].append(e)
    for group in by_day.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if not ({c.source for c in a.sources} &
                        {c.source for c in b.sources}):
                    continue
                if len(_title_words(a.title) & _title_words(b.title)) >= 2:
                    ra, rb = find(a.id), find(b.id)
                    if ra != rb:
                        root[rb] = ra
    members: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        members[find(e.id)].append(e)
    out = {}
    for group in members.values():
        whole = max(group, key=lambda e: len(set(e.actors) | set(e.organizers)))
        for e in group:
            out[e.id] = whole.id
    return out


# ------------------------------------------------------------------ one side

@dataclass
class _Slot:
    """One item of one side while the side is gathered: its evidence grows."""
    id: str
    name: str
    date: str | None
    evidence: list[Evidence]


Side = dict[str, dict[str, _Slot]]  # question -> item key -> slot


def _put(side: Side, question: str, key: str, name: str, ev: Evidence, date: str | None = None,
         shown_id: str | None = None) -> None:
    """File evidence for one item of a side; `shown_id` is the record id a user can open when
    `key` is not one (a role is keyed by its title's words, shown by its organisation)."""
    slot = side.setdefault(question, {}).get(key)
    if slot is None:
        slot = side[question][key] = _Slot(shown_id or key, name, date, [])
    if ev not in slot.evidence:
        slot.evidence.append(ev)


def _event_evidence(c: _Corpus, e: Event, how: str, cites: tuple[Citation, ...]) -> tuple[str, str, str, Evidence]:
    """(occasion id, its name, its date, evidence naming the part when it is one)."""
    whole = c.occasion.get(e.id, e.id)
    w = c.rec(whole) or e
    text = how if whole == e.id else f"{how} at {e.title} ({e.id}), a part of it"
    return whole, w.title, w.date, Evidence(text, e.id, e.date, cites)


def _participation(c: _Corpus, rid: str) -> list[tuple[Event, str, tuple[Citation, ...]]]:
    """Every event an entity took part in, how, and the citation that shows it."""
    r = c.entity(rid)
    names = _names(r)
    out = []
    for e in c.events:
        if rid in e.actors:
            out.append((e, "took part", _cites(e, names)))
        elif rid in e.organizers:
            out.append((e, "organised it", _cites(e, names)))
        elif e.place == rid:
            out.append((e, f"held in {r.name}", _cites(e, names)))
        elif r.type == "country" and c.country_of(e.place) == rid:
            out.append((e, f"held in {c.name(e.place)}, {r.name}", _cites(e, [c.name(e.place)])))
    seen = {e.id for e, _, _ in out}
    for role in r.roles:
        e = c.rec(role.event)
        if e and e.id not in seen and e.kind == "event":
            out.append((e, f"as {role.title}", _role_cite(role)))
            seen.add(e.id)
    if r.type in ("organization", "programme"):
        orgs = {rid, *c.descendants(rid)}
        for org in orgs:
            for person, role in c.holders.get(org, []):
                e = c.rec(role.event)
                if e and e.kind == "event" and e.id not in seen:
                    out.append((e, f"through {person.name} ({role.title})", _role_cite(role)))
                    seen.add(e.id)
    if r.type == "country":  # through its bodies, and people whose role is with one
        for e in c.events:
            if e.id in seen:
                continue
            for actor in e.actors + e.organizers:
                how = _on_behalf_of(c, actor, rid)
                if how:
                    out.append((e, how[0], how[1]))
                    seen.add(e.id)
                    break
    return out


def _on_behalf_of(c: _Corpus, actor: str, country: str) -> tuple[str, tuple[Citation, ...]] | None:
    """How an actor of an event stands for a country, as its records say: a body of that country,
    or a person holding a role with one (an ambassador of, a minister of)."""
    a = c.entity(actor)
    if a is None:
        return None
    if a.type in ("organization", "programme") and \
            country in {c.country_of(o) for o in [actor, *c.ancestors(actor)]}:
        return f"through {a.name}, a body of {c.name(country)}", _cites(a, _names(a))
    for role in a.roles:
        org = role.organization
        if org and (org == country or country in {c.country_of(o) for o in [org, *c.ancestors(org)]}):
            return f"through {a.name} ({role.title})", _role_cite(role)
    return None


def _said(c: _Corpus, side: Side, speakers: dict[str, str], where=None) -> None:
    """Statements by these speakers (and, if given, where `where(fact)`), filed under each of
    their topics, in the speakers' own words."""
    for f in c.snap.facts:
        who = speakers.get(f.speaker or "")
        if who is None or (where is not None and not where(f)):
            continue
        cites = _cites(f, n=2)
        text = (f"{who}: " if who else "") + (_quoted(cites) or f.statement)
        for topic in f.topics or ["(no topic)"]:
            _put(side, "said", topic, topic, Evidence(text, f.id, f.date, cites))


def _topics(side: Side, record: Event, why: str, cites: tuple[Citation, ...]) -> None:
    for topic in record.topics:
        _put(side, "topics", topic, topic, Evidence(why, record.id, record.date, cites))


def _person_side(c: _Corpus, p: Entity) -> Side:
    side: Side = {}
    for role in sorted(p.roles, key=lambda r: r.date or ""):
        org = role.organization
        held = ", ".join(x for x in (
            role.title, role.date,
            f"organisation: {c.name(org)}" if org else "no organisation recorded",
            f"at {c.name(role.event)}" if role.event else None) if x)
        _put(side, "roles", _title_key(role.title), role.title,
             Evidence(held, p.id, role.date, _role_cite(role)), role.date,
             shown_id=org or p.id)
        if org:
            when = f", {role.date}" if role.date else ""
            _put(side, "organizations", org, c.name(org),
                 Evidence(f"as {role.title}{when}", p.id, role.date, _role_cite(role)))
            for parent in c.ancestors(org):
                _put(side, "organizations", parent, c.name(parent),
                     Evidence(f"as {role.title}{when} ({c.name(org)} is a part of {c.name(parent)})",
                              p.id, role.date, _role_cite(role)))
    for e, how, cites in _participation(c, p.id):
        whole, title, date, ev = _event_evidence(c, e, how, cites)
        _put(side, "events", whole, title, ev, date)
        _topics(side, e, f"at {e.title}", cites)
    _said(c, side, {p.id: ""})
    return side


def _organization_side(c: _Corpus, o: Entity) -> Side:
    side: Side = {}
    orgs = [o.id, *c.descendants(o.id)]
    speakers = {o.id: ""}
    for org in orgs:
        for person, role in c.holders.get(org, []):
            via = "" if org == o.id else f" ({c.name(org)} is a part of it)"
            _put(side, "people", person.id, person.name,
                 Evidence(f"{role.title}{via}", person.id, role.date, _role_cite(role)))
            speakers[person.id] = f"{person.name} ({role.title})"
    for parent in c.ancestors(o.id):
        _put(side, "organizations", parent, c.name(parent),
             Evidence(f"{o.name} is a part of it", o.id, None, _cites(o, _names(c.rec(parent)))))
    for e, how, cites in _participation(c, o.id):
        whole, title, date, ev = _event_evidence(c, e, how, cites)
        _put(side, "events", whole, title, ev, date)
        _topics(side, e, f"at {e.title}", cites)
    _said(c, side, speakers)
    return side


def _country_side(c: _Corpus, country: Entity) -> Side:
    side: Side = {}
    rid = country.id

    def international(oid: str) -> bool:
        return c.type(oid) == "organization" and not c.country_of(oid)

    for f in c.snap.facts:
        if rid not in f.subject:
            continue
        if not _MEMBERSHIP.search(f.statement):
            continue
        for oid in f.subject:
            if international(oid):
                cites = _cites(f, _names(c.rec(oid)))
                _put(side, "memberships", oid, c.name(oid),
                     Evidence(f"{f.statement} — {_quoted(cites)}" if cites else f.statement,
                              f.id, f.date, cites))
    for e, how, cites in _participation(c, rid):
        whole, title, date, ev = _event_evidence(c, e, how, cites)
        _put(side, "events", whole, title, ev, date)
        _topics(side, e, f"at {e.title}", cites)
    _said(c, side, {rid: ""})
    return side


def _event_side(c: _Corpus, e: Event) -> Side:
    side: Side = {}
    cites = _cites(e)
    _put(side, "date", e.date, display_date(e), Evidence("held", e.id, e.date, cites), e.date)
    if e.place:
        _put(side, "place", e.place, c.name(e.place),
             Evidence("held here", e.id, e.date, _cites(e, [c.name(e.place)])))
    whole = c.occasion.get(e.id, e.id)
    if whole != e.id:
        w = c.rec(whole)
        _put(side, "occasion", whole, w.title,
             Evidence(f"{e.title} is a part of it (same day, same source)", e.id, e.date, cites),
             w.date)
    parts = [x for x in c.events if c.occasion.get(x.id) == e.id and x.id != e.id]
    if parts:
        _put(side, "occasion", e.id, e.title,
             Evidence(f"the whole occasion, in {len(parts)} parts: " + "; ".join(x.title for x in parts),
                      e.id, e.date, cites), e.date)
    for ev_rec in [e, *parts]:
        at = "" if ev_rec is e else f" at {ev_rec.title} ({ev_rec.id})"
        for rid in ev_rec.actors + ev_rec.organizers:
            q = {"person": "people", "organization": "organizations", "programme": "organizations",
                 "country": "countries"}.get(c.type(rid) or "")
            if q:
                how = "organised it" if rid in (ev_rec.organizers) and \
                    rid not in (ev_rec.actors) else "took part"
                _put(side, q, rid, c.name(rid),
                     Evidence(how + at, ev_rec.id, ev_rec.date, _cites(ev_rec, _names(c.rec(rid)))))
        for person, role in c.at_event.get(ev_rec.id, []):
            _put(side, "people", person.id, person.name,
                 Evidence(f"as {role.title}" + at, ev_rec.id, ev_rec.date, _role_cite(role)))
        _topics(side, ev_rec, "topic of " + (ev_rec.title if at else "the event"), _cites(ev_rec))
    ids = {e.id, *(p.id for p in parts)}
    for f in c.snap.facts:
        if f.event in ids and f.speaker:
            continue  # said there: filed under "said"
        if ids & set(f.subject):
            cites = _cites(f)
            _put(side, "outcomes", f.id, f.statement,
                 Evidence(_quoted(cites) or f.statement, f.id, f.date, cites), f.date)
    for p in parts:
        if _AGREEMENT.search(p.title):
            cites = _cites(p)
            _put(side, "outcomes", p.id, p.title,
                 Evidence(_quoted(cites) or p.title, p.id, p.date, cites), p.date)
    speakers = {f.speaker: c.name(f.speaker) for f in c.snap.facts
                if f.event in ids and f.speaker}
    _said(c, side, speakers, lambda f: f.event in ids)
    return side


def _period_side(c: _Corpus, period: Period) -> Side:
    side: Side = {}
    for e in c.events:
        if not overlaps(e, period.start, period.end):
            continue
        cites = _cites(e)
        same = [link.id for link in c.snap.same_event(e)]  # told by another source too
        title = e.title + (f" (may be the same event as, or part of, {', '.join(same)})"
                           if same else "")
        _put(side, "events", e.id, title, Evidence(_quoted(cites), e.id, e.date, cites),
             e.date)
        _topics(side, e, e.title, cites)
        for rid in dict.fromkeys(e.actors + e.organizers):
            q = {"person": "people", "organization": "organizations", "programme": "organizations",
                 "country": "countries"}.get(c.type(rid) or "")
            if q:
                _put(side, q, rid, c.name(rid),
                     Evidence(f"in {e.title} ({display_date(e)})", e.id, e.date,
                              _cites(e, _names(c.rec(rid)))))
    for f in c.snap.facts:
        if not f.date or not overlaps(f, period.start, period.end):
            continue
        q = "figures" if f.value is not None else "facts"
        cites = _cites(f)
        _put(side, q, f.id, f.statement, Evidence(_quoted(cites) or f.statement, f.id,
                                                        f.date, cites), f.date)
    # people whose sources give them an office on a day inside the period
    for person in c.snap.entities:
        for role in person.roles:
            if role.date and overlaps(role, period.start, period.end):
                _put(side, "people", person.id, person.name,
                     Evidence(f"as {role.title} ({role.date})", person.id, role.date,
                              _role_cite(role)))
    return side


# ------------------------------------------------------------------ both sides

def _subject(x: Entity | Event | Period) -> Subject:
    if isinstance(x, Period):
        return Subject(x.label, "period", x.label, x.start)
    if x.kind == "event":
        return Subject(x.id, "event", x.title, x.date)
    return Subject(x.id, x.type or "entity", x.name)


def _side(c: _Corpus, x: Entity | Event | Period) -> Side:
    if isinstance(x, Period):
        return _period_side(c, x)
    if x.kind == "event":
        return _event_side(c, x)
    side = _entity_side(c, x)
    _linked(c, side, x)
    return side


def _linked(c: _Corpus, side: Side, record: Entity) -> None:
    """Topics of an entity's role titles and of the sentences that name it (its mentions):
    a minister of defence is about defence before any event of theirs is dated."""
    from kzpk.extract import topics_of

    for role in record.roles:
        for topic in topics_of(role.title or ""):
            _put(side, "topics", topic, topic,
                 Evidence(f"as {role.title}", record.id, role.date, _role_cite(role)))
    for m in c.snap.mentions(record.id):
        for topic in topics_of(m.quote):
            _put(side, "topics", topic, topic,
                 Evidence(f"named in {m.title or m.source}", None, m.date,
                          (Citation(m.source, m.passage, m.quote),)))


def _entity_side(c: _Corpus, x: Entity) -> Side:
    kind = x.type
    if kind == "person":
        return _person_side(c, x)
    if kind == "country":
        return _country_side(c, x)
    if kind in ("organization", "programme"):
        return _organization_side(c, x)
    # a place, an agreement or any other entity: the occasions it is part of, what it says
    side: Side = {}
    for e, how, cites in _participation(c, x.id):
        whole, title, date, ev = _event_evidence(c, e, how, cites)
        _put(side, "events", whole, title, ev, date)
        _topics(side, e, f"at {e.title}", cites)
    return side


def _between(c: _Corpus, a: Entity | Event | Period, b: Entity | Event | Period) -> list[Item]:
    """Agreements and visits that involve both subjects, each side with its own evidence: events
    both take part in whose title says so, the agreements those events name, and facts about
    both that state an agreement."""
    if isinstance(a, Period) or isinstance(b, Period) or "event" in (a.kind, b.kind):
        return []
    countries = c.type(a.id) == c.type(b.id) == "country"
    left = {e.id: (how, cites) for e, how, cites in _participation(c, a.id)}
    right = {e.id: (how, cites) for e, how, cites in _participation(c, b.id)}
    items: dict[str, Item] = {}
    for e in c.events:
        if e.id not in left or e.id not in right:
            continue
        ev_l = Evidence(left[e.id][0], e.id, e.date, left[e.id][1])
        ev_r = Evidence(right[e.id][0], e.id, e.date, right[e.id][1])
        q = "agreements" if _AGREEMENT.search(e.title) else \
            "visits" if countries and _VISIT.search(e.title) else None
        if q:
            items[e.id] = Item(q, e.id, e.title, e.date, (ev_l,), (ev_r,))
        for rid in e.actors:
            if c.type(rid) == "agreement" and rid not in items:
                named = Evidence(f"named in {e.title} ({e.id}), where it {left[e.id][0]}",
                                 e.id, e.date, _cites(e, _names(c.rec(rid))))
                named_r = Evidence(f"named in {e.title} ({e.id}), where it {right[e.id][0]}",
                                   e.id, e.date, _cites(e, _names(c.rec(rid))))
                items[rid] = Item("agreements", rid, c.name(rid), getattr(c.rec(rid), "date", None) or e.date,
                                  (named,), (named_r,))
    for f in c.snap.facts:  # what the author states about both; a speaker's view is not an agreement
        about = set(f.subject)
        if a.id in about and b.id in about and not f.speaker and _AGREEMENT.search(f.statement) \
                and f.id not in items and not (f.event in items):
            cites = _cites(f)
            ev = Evidence(f"the text says: {_quoted(cites) or f.statement}", f.id, f.date, cites)
            items[f.id] = Item("agreements", f.id, f.statement, f.date, (ev,), (ev,))
    return list(items.values())


def _figures(left: list[Fact], right: list[Fact], names: dict[str, str]) -> list[Item]:
    """Figures about the same subjects in the same unit, side by side, the change computed."""
    def key(f: Fact) -> tuple:
        return (tuple(sorted(f.subject)), fold(f.unit or ""))

    items = []
    rights = defaultdict(list)
    for f in right:
        rights[key(f)].append(f)
    paired = set()
    for f in left:
        match = [g for g in rights.get(key(f), []) if g.id != f.id and
                 set(g.topics) & set(f.topics)]
        if len(match) != 1:
            continue
        g = match[0]
        paired |= {f.id, g.id}
        note = _change(f, g)
        about = ", ".join(sorted(set(g.topics) & set(f.topics)))
        name = f"{about} in {f.unit or 'units'}: {', '.join(names.get(x, x) for x in key(f)[0])}"
        items.append(Item("figures", f"{f.id}~{g.id}", name,
                          None, (_figure_evidence(f),), (_figure_evidence(g),), note))
    for f in left:
        if f.id not in paired:
            items.append(Item("figures", f.id, f.statement, f.date, (_figure_evidence(f),)))
    for g in right:
        if g.id not in paired:
            items.append(Item("figures", g.id, g.statement, g.date, (), (_figure_evidence(g),)))
    return items


def _figure_evidence(f: Fact) -> Evidence:
    value = f"{f.qualifier + ' ' if f.qualifier else ''}{_number(f.value)} {f.unit or ''}"
    cites = _cites(f)
    return Evidence(f"{value.strip()} ({f.date}, {f.id}): {_quoted(cites) or f.statement}",
                    f.id, f.date, cites, f.value, f.unit)


def _number(v) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"


def _change(f: Fact, g: Fact) -> str:
    a, b = float(f.value), float(g.value)
    pct = f" ({(b - a) / a * 100:+.1f} %)" if a else ""
    sign = "+" if b >= a else "-"
    caveat = " (from figures stated with qualifiers)" if f.qualifier or g.qualifier else ""
    return (f"computed, not quoted: {sign}{_number(abs(b - a))} {g.unit or ''}{pct} "
            f"from {f.date} to {g.date}{caveat}").replace("  ", " ")


def _flag_extracted(c: _Corpus, item: Item) -> Item:
    """Evidence from a record written by extraction, not yet reviewed, says so."""
    def flag(evs: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(replace(ev, text=ev.text + " (extracted, not reviewed)")
                     if getattr(c.rec(ev.record), "status", None) == "extracted" else ev
                     for ev in evs)

    return replace(item, left=flag(item.left), right=flag(item.right))


def compare(snap: Snapshot, left: Entity | Event | Period, right: Entity | Event | Period) -> Comparison:
    ls, rs = _subject(left), _subject(right)
    if ls.id == rs.id:
        raise KzpkError(f"both sides are {ls.id!r}: compare needs two different subjects", USAGE)
    kinds = {k if k in ("period", "event") else "entity" for k in (ls.kind, rs.kind)}
    if len(kinds) > 1:
        entity = ls if ls.kind not in ("period", "event") else rs
        other = rs if entity is ls else ls
        hint = (f"for the events of {entity.name} in {other.name}: kzpk timeline --actor {entity.id} "
                f"--since {other.id.split('..')[0]} --until {other.id.split('..')[-1]}"
                if other.kind == "period" else f"to see who took part in it: kzpk profile {other.id}")
        def a(kind: str) -> str:
            return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"

        raise KzpkError(f"cannot compare {a(ls.kind)} with {a(rs.kind)}: compare two people, "
                        "organisations or countries, two events, or two periods", USAGE,
                        hint=hint if "entity" in kinds else None)
    c = _Corpus(snap)
    lside, rside = _side(c, left), _side(c, right)
    items: list[Item] = []
    for q in QUESTIONS:
        if q == "figures" and isinstance(left, Period) and isinstance(right, Period):
            lf = [c.rec(i) for i in lside.get(q, {})]
            rf = [c.rec(i) for i in rside.get(q, {})]
            items += _figures(lf, rf, {r.id: c.name(r.id) for r in c.snap.records})
            continue
        lq, rq = lside.get(q, {}), rside.get(q, {})
        for iid in [*lq, *(k for k in rq if k not in lq)]:
            slot = lq.get(iid) or rq[iid]

            def evidence(sd: Side) -> tuple[Evidence, ...]:
                # a role's evidence begins with its title: left out where the item's name says it
                evs = sd[q][iid].evidence if iid in sd.get(q, {}) else []
                lead = slot.name + ", "
                return tuple(replace(ev, text=ev.text[len(lead):]) if q == "roles" and
                             ev.text.startswith(lead) else ev for ev in evs)

            items.append(Item(q, slot.id, slot.name, slot.date, evidence(lside), evidence(rside)))
    items = [_flag_extracted(c, i) for i in items]
    between = [_flag_extracted(c, i) for i in _between(c, left, right)]
    seen = {i.id for i in between}
    items = [i for i in items if not (i.question == "events" and i.id in seen)] + between
    items.sort(key=lambda i: (list(QUESTIONS).index(i.question), PARTS.index(i.part), i.date or "", i.name))
    if not items:
        if ls.kind == "period":
            raise KzpkError(f"nothing to compare: no dated event or fact falls in {ls.name} or in "
                            f"{rs.name}", NOT_FOUND, hint="kzpk timeline shows the years the records cover")
        raise KzpkError(f"nothing to compare: the records give {ls.name} and {rs.name} no role, "
                        "occasion, membership, statement or outcome to set side by side", NOT_FOUND,
                        hint=f"kzpk profile {ls.id} and kzpk profile {rs.id} show what is known")
    return Comparison(ls, rs, tuple(items))
