"""`kzpk show`: one passage or record in full, with its source and neighbours."""

from __future__ import annotations

import json
from dataclasses import dataclass

from kzpk.errors import NOT_FOUND, KzpkError
from kzpk.index_store import IndexState, open_index


@dataclass
class ShowView:
    item: dict
    source: dict | None
    previous: dict | None
    next: dict | None
    name: str = "show"
    columns = ("id", "kind", "date", "title", "text")

    def to_dict(self) -> dict:
        return {"item": self.item, "source": self.source, "previous": self.previous,
                "next": self.next}

    def rows(self) -> list[dict]:
        return [self.item]

    @staticmethod
    def plain_line(row: dict) -> str:
        title, text = row.get("title") or "", row.get("text") or ""
        said = text if text.startswith(title.rstrip(".")) else f"{title}: {text}"  # once
        return f"{row['id']} [{row['kind']}] {row.get('date') or ''} {said}"


def _stored(searcher, doc_id: str) -> dict | None:
    return searcher.document(id=doc_id)


def show_item(state: IndexState, item_id: str) -> ShowView:
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
            item = {"id": doc["id"], "kind": "passage", "title": doc["title"], "date": doc["date"] or None,
                    "text": doc["text"], "section": payload.get("section") or None,
                    "source": source}

            def neighbour(k: int) -> dict | None:
                d = _stored(searcher, f"{source['id']}#p{k}")
                return {"id": d["id"], "text": d["text"]} if d else None

            return ShowView(item, source, neighbour(n - 1), neighbour(n + 1))
        record = payload["record"]
        item = {**record, "kind": doc["kind"], "title": doc["title"], "text": payload["display"]}
        return ShowView(item, record.get("source"), None, None)
