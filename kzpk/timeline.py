"""`kzpk timeline`: every dated event (or fact) in date order, filtered."""

from __future__ import annotations

from dataclasses import dataclass, field

from kzpk.snapshot import Snapshot, display_date, overlaps

COLUMNS = ["date", "date_precision", "end_date", "id", "title", "actors", "topics", "source"]


@dataclass
class TimelineEntry:
    id: str
    kind: str
    date: str
    date_precision: str
    end_date: str | None
    when: str
    title: str
    summary: str
    actors: list[dict]
    topics: list[str]
    place: dict | None
    sources: list[dict]
    date_note: str | None = None

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Timeline:
    entries: list[TimelineEntry] = field(default_factory=list)
    name: str = "timeline"
    columns = COLUMNS

    def to_dict(self) -> dict:
        return {"events": [e.to_dict() for e in self.entries]}

    def rows(self) -> list[dict]:
        rows = []
        for e in self.entries:
            row = e.to_dict()
            row["source"] = e.sources[0]["source"] if e.sources else None
            rows.append(row)
        return rows

    @staticmethod
    def plain_line(row: dict) -> str:
        names = ", ".join(a["name"] for a in row["actors"][:6])
        return f"{row['when']}  {row['title']}" + (f"  [{names}]" if names else "") + f"  ({row['id']})"


def entry(snap: Snapshot, r: dict) -> TimelineEntry:
    is_event = r["kind"] == "event"
    actors = (r.get("actors") or []) + (r.get("organizers") or []) if is_event else \
        (r.get("subject") or []) + ([r["speaker"]] if r.get("speaker") else [])
    return TimelineEntry(
        id=r["id"], kind=r["kind"], date=r["date"],
        date_precision=r.get("date_precision") or ("day" if len(r["date"]) == 10 else
                                                   "month" if len(r["date"]) == 7 else "year"),
        end_date=r.get("end_date"), when=display_date(r),
        title=r["title"] if is_event else r["statement"],
        summary=r["summary"] if is_event else r["statement"],
        actors=[snap.ref(a) for a in dict.fromkeys(actors)],
        topics=list(r.get("topics") or []),
        place=snap.ref(r["place"]) if r.get("place") else None,
        sources=[{**c, "title": snap.source_info.get(c["source"], {}).get("title")}
                 for c in r.get("sources") or []],
        date_note=r.get("date_note"))


def involves(snap: Snapshot, r: dict, actor_id: str) -> bool:
    ids = set(r.get("actors") or []) | set(r.get("organizers") or []) | set(r.get("subject") or [])
    ids |= {r.get("place"), r.get("speaker"), r.get("event")} - {None}
    return actor_id in ids


def timeline(snap: Snapshot, since: str | None = None, until: str | None = None,
             actors: list[str] | None = None, topic: str | None = None, kind: str = "event",
             source: str | None = None, limit: int | None = None) -> Timeline:
    pool = snap.events if kind == "event" else (
        [f for f in snap.facts if f.get("date")] if kind == "fact" else
        sorted(snap.events + [f for f in snap.facts if f.get("date")], key=lambda r: r["date"]))
    out = []
    for r in pool:
        if (since or until) and not overlaps(r, since, until):
            continue
        if actors and not all(involves(snap, r, a) for a in actors):
            continue
        if topic and topic.lower() not in [t.lower() for t in r.get("topics") or []]:
            continue
        if source and source not in {c["source"] for c in r.get("sources") or []}:
            continue
        out.append(entry(snap, r))
        if limit and len(out) >= limit:
            break
    return Timeline(out)
