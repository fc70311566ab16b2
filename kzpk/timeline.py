"""`kzpk timeline`: events (or facts) in date order, filtered; undated facts last, said so."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzpk.dates import precision
from kzpk.snapshot import LinkedRecord, Ref, Snapshot, display_date, overlaps
from kzpk.text import attributed

if TYPE_CHECKING:
    from kzpk.records import Event, Fact, Record

COLUMNS = ["date", "date_precision", "end_date", "id", "title", "actors", "topics", "source",
           "status"]


@dataclass(frozen=True)
class SourceQuote:
    """A citation with the title of its source."""
    source: str
    passage: str
    quote: str
    title: str | None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    kind: str
    date: str | None  # None: an undated fact, listed last
    date_precision: str | None
    end_date: str | None
    when: str
    title: str
    summary: str
    actors: tuple[Ref, ...]
    topics: tuple[str, ...]
    place: Ref | None
    sources: tuple[SourceQuote, ...]
    date_note: str | None = None
    links: tuple[LinkedRecord, ...] = ()
    status: str = "curated"
    note: str | None = None  # how a field was inferred ('Kistanfin' read as yerzhan-kistafin)

    def to_dict(self) -> dict:
        return {**self.__dict__, "actors": [a.to_dict() for a in self.actors],
                "topics": list(self.topics), "place": self.place and self.place.to_dict(),
                "sources": [c.to_dict() for c in self.sources],
                "links": [link.to_dict() for link in self.links]}


@dataclass
class Timeline:
    entries: list[TimelineEntry] = field(default_factory=list)
    name: str = "timeline"
    columns = COLUMNS

    @property
    def undated(self) -> int:
        """Facts with no date: listed after the dated entries, and counted apart."""
        return sum(1 for e in self.entries if not e.date)

    @property
    def summary(self) -> str:
        n = len(self.entries)
        kinds = {e.kind for e in self.entries}
        noun = "fact" if kinds == {"fact"} else "event" if kinds <= {"event"} else "entry"
        plural = noun if n == 1 else ("entries" if noun == "entry" else noun + "s")
        return f"{n} {plural}" + (f", the last {self.undated} undated" if self.undated else "")

    def to_dict(self) -> dict:
        return {"events": [e.to_dict() for e in self.entries]}

    def rows(self) -> list[dict]:
        rows = []
        for e in self.entries:
            row = e.to_dict()
            row["source"] = e.sources[0].source if e.sources else None
            rows.append(row)
        return rows

    @staticmethod
    def plain_line(row: dict) -> str:
        names = ", ".join(a["name"] for a in row["actors"][:6])
        links = "".join(f" · {link['line']}" for link in row.get("links") or [])
        mark = "[extracted] " if row.get("status") == "extracted" else ""
        return (f"{row['when']}  {mark}{row['title']}" + (f"  [{names}]" if names else "")
                + f"  ({row['id']}){links}")


def entry(snap: Snapshot, r: Event | Fact) -> TimelineEntry:
    is_event = r.kind == "event"
    actors = (*r.actors, *r.organizers) if is_event else \
        (*r.subject, *((r.speaker,) if r.speaker else ()))
    date = r.date
    speaker = snap.name(r.speaker) if not is_event and r.speaker else None
    return TimelineEntry(
        id=r.id, kind=r.kind, date=date,
        date_precision=r.date_precision or precision(date),
        end_date=r.end_date if is_event else None, when=display_date(r) or "undated",
        title=r.title if is_event else attributed(r.statement, speaker),
        summary=r.summary if is_event else attributed(r.statement, speaker),
        actors=tuple(snap.ref(a) for a in dict.fromkeys(actors)),
        topics=r.topics,
        place=snap.ref(r.place) if is_event and r.place else None,
        sources=tuple(SourceQuote(c.source, c.passage, c.quote,
                                  getattr(snap.source_info.get(c.source), "title", None))
                      for c in r.sources),
        date_note=r.date_note,
        links=snap.links(r) + (snap.same_event(r) if is_event else ()), status=r.status,
        note=r.note)


def involves(r: Record, actor_id: str) -> bool:
    return actor_id in r.named_ids()


def timeline(snap: Snapshot, since: str | None = None, until: str | None = None,
             actors: list[str] | None = None, topic: str | None = None, kind: str = "event",
             source: str | None = None, limit: int | None = None) -> Timeline:
    # Date order (a stable sort: ties keep file order); undated facts come last, said so.
    dated = [f for f in snap.facts if f.date]
    undated = [f for f in snap.facts if not f.date]
    pool = snap.events if kind == "event" else sorted(
        dated + (snap.events if kind == "all" else []), key=lambda r: r.date) + undated
    out = []
    for r in pool:
        if (since or until) and not overlaps(r, since, until):
            continue
        if actors and not all(involves(r, a) for a in actors):
            continue
        if topic and topic.lower() not in [t.lower() for t in r.topics]:
            continue
        if source and source not in {c.source for c in r.sources}:
            continue
        out.append(entry(snap, r))
        if limit and len(out) >= limit:
            break
    return Timeline(out)
