"""The records as the index saved them (records.json), read back into the typed records of
kzpk/records.py: what timeline, profile and compare read.

Reading this JSON costs a few milliseconds; parsing the YAML again would cost far more.
"""

from __future__ import annotations

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


LINK_VERBS = {"disagrees": "disagrees with", "story": "same story told differently in"}


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
    out = []
    for link in record.links:
        other = by_id.get(link.id)
        if other is None:
            continue
        first = other.sources[0] if other.sources else None
        out.append(LinkedRecord(other.id, link.kind, other.date, other.headline or None,
                                first and first.source, first and first.passage,
                                first and first.quote))
    return tuple(out)


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
