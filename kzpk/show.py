"""`kzpk show`: one passage or record in full, with its source and neighbours."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kzpk.errors import NOT_FOUND, KzpkError
from kzpk.index_store import IndexState, open_index

if TYPE_CHECKING:
    from kzpk.records import Citation, Record
    from kzpk.snapshot import LinkedRecord


@dataclass(frozen=True)
class Neighbour:
    """The passage before or after the one shown."""
    id: str
    text: str

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text}


@dataclass(frozen=True)
class ShownPassage:
    id: str
    title: str
    date: str | None
    text: str
    section: str | None
    source: dict  # the source as the index stores it beside its passages
    kind = "passage"
    sources = ()  # a passage cites nothing: it is the source's own text

    @property
    def heading(self) -> str:
        return self.title or self.id

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "title": self.title, "date": self.date,
                "text": self.text, "section": self.section, "source": self.source}


@dataclass(frozen=True)
class ShownRecord:
    """A record as the index stores it: the record, its display text, its first citation's
    source, quote and passage, and what the records it links to say."""
    record: Record
    kind: str
    title: str
    text: str
    source: dict | None
    quote: str | None
    passage: str | None
    links: tuple[LinkedRecord, ...]

    @property
    def id(self) -> str:
        return self.record.id

    @property
    def date(self) -> str | None:
        return self.record.date

    @property
    def sources(self) -> tuple[Citation, ...]:
        return self.record.sources

    @property
    def heading(self) -> str:
        return self.title or (self.record.headline if self.record.kind == "entity" else "") \
            or self.record.id

    def to_dict(self) -> dict:
        return {**self.record.to_dict(), "source": self.source, "quote": self.quote,
                "passage": self.passage, "links": [link.to_dict() for link in self.links],
                "kind": self.kind, "title": self.title, "text": self.text}


@dataclass(frozen=True)
class ShowView:
    item: ShownPassage | ShownRecord
    previous: Neighbour | None = None
    next: Neighbour | None = None
    name = "show"
    columns = ("id", "kind", "date", "title", "text")

    @property
    def source_title(self) -> str | None:
        return (self.item.source or {}).get("title")

    @property
    def source_id(self) -> str | None:
        return (self.item.source or {}).get("id")

    def to_dict(self) -> dict:
        return {"item": self.item.to_dict(), "source": self.item.source,
                "previous": self.previous and self.previous.to_dict(),
                "next": self.next and self.next.to_dict()}

    def rows(self) -> list[dict]:
        return [self.item.to_dict()]

    @staticmethod
    def plain_line(row: dict) -> str:
        title, text = row.get("title") or "", row.get("text") or ""
        said = text if text.startswith(title.rstrip(".")) else f"{title}: {text}"  # once
        return f"{row['id']} [{row['kind']}] {row.get('date') or ''} {said}"


def _stored(searcher, doc_id: str) -> dict | None:
    return searcher.document(id=doc_id)


def show_item(state: IndexState, item_id: str) -> ShowView:
    from kzpk.records import record_from_dict
    from kzpk.snapshot import LinkedRecord

    ix = open_index(state)
    with ix.searcher() as searcher:
        doc = _stored(searcher, item_id)
        if doc is None:
            raise KzpkError(f"no passage or record with id {item_id!r}", NOT_FOUND,
                            hint="ids look like kz-pk-25th-anniversary#p12 or nawaz-sharif; "
                                 "`kzpk search` shows them")
        payload = json.loads(doc["payload"])
        if doc["kind"] == "passage":
            n = payload["n"]
            source = payload["source"]

            def neighbour(k: int) -> Neighbour | None:
                d = _stored(searcher, f"{source['id']}#p{k}")
                return Neighbour(d["id"], d["text"]) if d else None

            return ShowView(ShownPassage(doc["id"], doc["title"], doc["date"] or None, doc["text"],
                                         payload.get("section") or None, source),
                            neighbour(n - 1), neighbour(n + 1))
        stored = payload["record"]
        links = tuple(LinkedRecord(**{k: v for k, v in link.items() if k != "line"})
                      for link in stored.get("links") or ())
        return ShowView(ShownRecord(record_from_dict(stored), doc["kind"], doc["title"],
                                    payload["display"], stored.get("source"), stored.get("quote"),
                                    stored.get("passage"), links))
