"""The records as the index saved them (records.json), read back into the typed records of
kzpk/records.py: what timeline, profile and compare read.

Reading this JSON costs a few milliseconds; parsing the YAML again would cost far more.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from kzpk import dates
from kzpk.text import quoted

if TYPE_CHECKING:
    from kzpk.records import Record, SourceEntry


@dataclass
class Snapshot:
    sources: list[SourceEntry]
    records: list[Record]
    path: str | None = None  # the index generation it came from (mentions live there)
    by_id: dict[str, Record] = field(init=False)

    def __post_init__(self) -> None:
        self.by_id = {r.id: r for r in self.records}

    @classmethod
    def load(cls, state, curated: bool = False) -> "Snapshot":
        """The records of the live index; `curated` leaves out what kzpk extracted itself."""
        from kzpk.records import SourceEntry, record_from_dict

        data = _read(state.path)
        records = [record_from_dict(r) for r in data["records"]]
        if curated:
            records = [r for r in records if r.status == "curated"]
        return cls([SourceEntry.from_dict(s) for s in data["sources"]], records, state.path)

    def mentions(self, rid: str) -> list[Mention]:
        """Where an entity is named in a passage, by source date then passage."""
        if not self.path:
            return []
        from kzpk.extract import read_mentions

        found = [Mention(m["source"], m.get("title"), m.get("date"), m["passage"], m["quote"])
                 for m in read_mentions(self.path, rid)]
        return sorted(found, key=lambda m: (m.date or "", m.source, m.number))

    def links(self, record: Record) -> tuple[LinkedRecord, ...]:
        return link_items(self.by_id, record)

    def same_event(self, record: Record) -> tuple[LinkedRecord, ...]:
        """Events of other sources that may tell the same event as this extracted one (or the
        extracted ones that may tell this one), shown beside it instead of as unrelated events."""
        return tuple(_linked(self.by_id[rid], SAME_EVENT)
                     for rid in self._same_events.get(record.id, ()))

    @cached_property
    def _same_events(self) -> dict[str, list[str]]:
        countries = {r.id for r in self.entities if getattr(r, "type", None) == "country"}
        return same_events(self.events, countries)

    @cached_property
    def events(self) -> list[Record]:
        # sorted by date, ties kept in file order (a stable sort)
        return sorted((r for r in self.records if r.kind == "event"), key=lambda e: e.date)

    @cached_property
    def facts(self) -> list[Record]:
        return [r for r in self.records if r.kind == "fact"]

    @cached_property
    def entities(self) -> list[Record]:
        return [r for r in self.records if r.kind == "entity"]

    @cached_property
    def source_info(self) -> dict[str, SourceEntry]:
        return {s.id: s for s in self.sources}

    def name(self, rid: str | None) -> str:
        r = self.by_id.get(rid or "")
        if r is None:
            return rid or ""
        return r.headline or r.id

    def ref(self, rid: str) -> Ref:
        r = self.by_id.get(rid)
        return Ref(rid, self.name(rid), r.type if r else None)


@dataclass(frozen=True)
class Mention:
    """A passage that names an entity (found when the index was built or a document added)."""
    source: str
    title: str | None  # the source's
    date: str | None  # the source's
    passage: str
    quote: str  # the sentence that names it
    id = None  # shown by its passage
    status = "curated"

    @property
    def number(self) -> int:
        """The passage's number within its source (0 when it has none)."""
        n = self.passage.rsplit("#p", 1)[-1]
        return int(n) if n.isdigit() else 0

    @property
    def text(self) -> str:
        return f"{self.passage}: {quoted(self.quote)} ({self.title})"

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Ref:
    """A record a view names: its id, what it is called, what it is."""
    id: str
    name: str
    type: str | None

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type}


SAME_EVENT = "same event"  # worked out by kzpk (same_events), never written in a record
LINK_VERBS = {"disagrees": "disagrees with", "story": "same story told differently in",
              SAME_EVENT: "may be the same event as, or part of,"}


@dataclass(frozen=True)
class LinkedRecord:
    """A record another links to, with what it says and where, to show beside it."""
    id: str
    kind: str  # disagrees or story
    date: str | None
    text: str | None
    source: str | None
    passage: str | None
    quote: str | None

    @property
    def line(self) -> str:
        """'disagrees with 2001-sco-founded (2001, sakhri-bilateral-relations): SCO founded …'"""
        where = ", ".join(x for x in (self.date, self.source) if x)
        return (f"{LINK_VERBS.get(self.kind, self.kind)} {self.id}"
                + (f" ({where})" if where else "") + f": {self.text}")

    def to_dict(self) -> dict:
        return {**self.__dict__, "line": self.line}


def link_items(by_id: dict[str, Record], record: Record) -> tuple[LinkedRecord, ...]:
    """The records this one links to (`links`), each with what it says and where, to show side
    by side: a disagreement between sources, or a story told differently over time."""
    return tuple(_linked(by_id[link.id], link.kind) for link in record.links if link.id in by_id)


def _linked(other: Record, kind: str) -> LinkedRecord:
    first = other.sources[0] if other.sources else None
    return LinkedRecord(other.id, kind, other.date, other.headline or None,
                        first and first.source, first and first.passage, first and first.quote)


_STOP = set("the of and a an in on at for to with by from as its his her their was were is are "
            "has have had that this which who two both said also".split())


def same_events(events: list[Record], countries: set[str]) -> dict[str, list[str]]:
    """Pairs of events, one of them extracted, that two sources may tell of one event: the
    dates overlap, one inside the other (a day of a visit inside the visit, no wider than a
    month), and they name a participant in common other than the two countries; two events of
    the same dates also share words of their titles. Neither is dropped: each is shown beside
    the other, said as 'may be', and the records stay as their sources give them."""
    from kzpk.text import fold

    def words(e) -> set[str]:
        return {w for w in re.findall(r"[a-z]{4,}", fold(e.title)) if w not in _STOP}

    out: dict[str, list[str]] = {}
    # the inner event starts within the outer one, no wider than a month: only events that
    # start within a month of each other are compared (a large pile has thousands of events)
    firsts = sorted(((dates.date_bounds(e.date, e.end_date)[0], e) for e in events
                     if dates.precision(e.date) in ("month", "day")), key=lambda t: t[0])
    for i, (first, a) in enumerate(firsts):
        for later, b in firsts[i + 1:]:
            if dates.days_covered(first, later) > 32:
                break
            if a.status != "extracted" and b.status != "extracted":
                continue  # curated pairs are validate's business
            if {c.source for c in a.sources} & {c.source for c in b.sources}:
                continue
            if any(link.id in (a.id, b.id) for link in (*a.links, *b.links)):
                continue
            inner, outer = (a, b) if dates.within(a.date, a.end_date, b.date, b.end_date) \
                else (b, a)
            if not dates.within(inner.date, inner.end_date, outer.date, outer.end_date):
                continue
            if dates.precision(outer.date) == "year" or \
                    dates.days_covered(outer.date, outer.end_date) > 31:
                continue
            shared = ({*a.actors, *a.organizers} & {*b.actors, *b.organizers}) - countries
            if not shared:
                continue
            same_span = dates.date_bounds(a.date, a.end_date) == \
                dates.date_bounds(b.date, b.end_date)
            if same_span and len(words(a) & words(b)) < 2:
                continue  # one day, one person, two things they did: not one event
            out.setdefault(a.id, []).append(b.id)
            out.setdefault(b.id, []).append(a.id)
    return out


def overlaps(record, since: str | None, until: str | None) -> bool:
    """A record (or role) overlaps a period: the rule is kzpk/dates.py's."""
    return dates.overlaps(record.date, getattr(record, "end_date", None), since, until)


def display_date(record) -> str:
    return dates.display_span(record.date, getattr(record, "end_date", None))


def _read(generation: str) -> dict:
    """records.json of an index generation, as the build wrote it."""
    import json
    import os

    from kzpk.errors import INTERNAL, KzpkError

    try:
        with open(os.path.join(generation, "records.json"), encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise KzpkError(f"the index snapshot in {generation} cannot be read ({exc})", INTERNAL,
                        hint="run `kzpk index --rebuild`") from None
