"""`kzpk compare A B`: two entities, events or periods side by side."""

from __future__ import annotations

from dataclasses import dataclass

from kzpk.resolve import Period
from kzpk.snapshot import Snapshot, overlaps
from kzpk.timeline import entry, involves

CATEGORIES = ("people", "organizations", "places", "topics", "events")


@dataclass
class Side:
    subject: dict
    sets: dict[str, dict[str, dict]]  # category -> id -> item
    events: list[dict]
    figures: list[dict]

    def to_dict(self) -> dict:
        return {"subject": self.subject, **{c: list(self.sets[c].values()) for c in CATEGORIES},
                "timeline": self.events, "figures": self.figures}


@dataclass
class Comparison:
    left: Side
    right: Side
    name: str = "compare"
    columns = ("part", "category", "id", "name")

    def _split(self):
        shared, only_l, only_r = {}, {}, {}
        for c in CATEGORIES:
            lk, rk = self.left.sets[c], self.right.sets[c]
            shared[c] = [lk[k] for k in lk if k in rk]
            only_l[c] = [lk[k] for k in lk if k not in rk]
            only_r[c] = [rk[k] for k in rk if k not in lk]
        return shared, only_l, only_r

    def to_dict(self) -> dict:
        shared, only_l, only_r = self._split()
        return {"left": self.left.to_dict(), "right": self.right.to_dict(), "shared": shared,
                "only_left": only_l, "only_right": only_r}

    def rows(self) -> list[dict]:
        rows = []
        for part, groups in zip(("shared", "only_left", "only_right"), self._split()):
            for c, items in groups.items():
                for item in items:
                    rows.append({"part": part, "category": c, "id": item["id"],
                                 "name": item["name"]})
        return rows

    @staticmethod
    def plain_line(row: dict) -> str:
        return f"{row['part']}\t{row['category']}\t{row['name']} ({row['id']})"


def _add(sets: dict, category: str, item: dict) -> None:
    sets[category].setdefault(item["id"], item)


def _collect(snap: Snapshot, events: list[dict], exclude: str | None = None) -> dict:
    sets: dict[str, dict[str, dict]] = {c: {} for c in CATEGORIES}
    for e in events:
        _add(sets, "events", {"id": e["id"], "name": e["title"], "date": e["date"]})
        for t in e.get("topics") or []:
            _add(sets, "topics", {"id": t, "name": t})
        ids = (e.get("actors") or []) + (e.get("organizers") or []) + ([e["place"]] if e.get("place") else [])
        for rid in ids:
            if rid == exclude:
                continue
            ref = snap.ref(rid)
            cat = {"person": "people", "organization": "organizations",
                   "programme": "organizations", "country": "places", "place": "places"}.get(ref["type"] or "")
            if cat:
                _add(sets, cat, ref)
    # people who held a role at one of these events, even if the event does not list them
    ids = {e["id"] for e in events}
    for person in snap.entities:
        if person.get("id") != exclude and any(r.get("event") in ids for r in person.get("roles") or []):
            _add(sets, "people", snap.ref(person["id"]))
    return sets


def side_for_record(snap: Snapshot, record: dict) -> Side:
    rid = record["id"]
    if record["kind"] == "event":
        # an event's own participants, plus its parts (sessions, signings on the same occasion)
        events = [record]
        subject = {"id": rid, "kind": "event", "title": record["title"], "date": record["date"]}
    else:
        role_events = {r.get("event") for r in record.get("roles") or []}
        events = [e for e in snap.events if involves(snap, e, rid) or e["id"] in role_events]
        subject = {"id": rid, "kind": "entity", "type": record.get("type"), "name": record["name"]}
    sets = _collect(snap, events, exclude=rid)
    if record["kind"] == "event":
        sets["events"] = {}
    facts = [f for f in snap.facts if rid in (f.get("subject") or []) or f.get("event") == rid
             or f.get("speaker") == rid]
    figures = [{"id": f["id"], "statement": f["statement"], "date": f.get("date"),
                "value": f.get("value"), "unit": f.get("unit")} for f in facts if f.get("value") is not None]
    return Side(subject, sets, [entry(snap, e).to_dict() for e in events], figures)


def side_for_period(snap: Snapshot, period: Period) -> Side:
    events = [e for e in snap.events if overlaps(e, period.start, period.end)]
    facts = [f for f in snap.facts if overlaps(f, period.start, period.end)]
    figures = [{"id": f["id"], "statement": f["statement"], "date": f.get("date"),
                "value": f.get("value"), "unit": f.get("unit")} for f in facts]
    subject = {"id": period.label, "kind": "period", "since": period.start, "until": period.end}
    return Side(subject, _collect(snap, events), [entry(snap, e).to_dict() for e in events],
                figures)


def compare(snap: Snapshot, left: dict | Period, right: dict | Period) -> Comparison:
    def side(x):
        return side_for_period(snap, x) if isinstance(x, Period) else side_for_record(snap, x)

    return Comparison(side(left), side(right))
