"""timeline, profile, compare and name resolution: as functions and through the CLI."""

from __future__ import annotations

import pytest

from conftest import typed

from kzpk.errors import KzpkError
from kzpk.dates import parse_period
from kzpk.resolve import resolve
from kzpk.snapshot import Snapshot, display_date, overlaps


PEOPLE = typed(
    {"id": "kaliyeva-elmira-abdykovna", "kind": "entity", "type": "person",
     "name": "Kaliyeva Elmira Abdykovna", "aliases": ["Kaliyeva"]},
    {"id": "yerzhan-kistafin", "kind": "entity", "type": "person", "name": "Yerzhan Kistafin",
     "aliases": []},
    {"id": "nursultan-nazarbayev", "kind": "entity", "type": "person",
     "name": "Nursultan Nazarbayev", "aliases": ["Nazarbayev"]},
    {"id": "kassym-jomart-tokayev", "kind": "entity", "type": "person",
     "name": "Kassym-Jomart Tokayev", "aliases": ["Tokayev"]},
    {"id": "zahid-anwar", "kind": "entity", "type": "person", "name": "Zahid Anwar", "aliases": []},
    {"id": "muhammad-anwar", "kind": "entity", "type": "person", "name": "Muhammad Anwar", "aliases": []},
    {"id": "placido-domingo", "kind": "entity", "type": "person", "name": "Plácido Domingo", "aliases": []},
    {"id": "2022-05-09-roundtable", "kind": "event", "type": "event", "date": "2022-05-09",
     "title": "Online roundtable on the 30th anniversary of diplomatic relations"},
    {"id": "2022-05-09-roundtable-session-1", "kind": "event", "type": "event", "date": "2022-05-09",
     "title": "30th anniversary online roundtable, session 1: political dialogue and results"},
)


@pytest.mark.parametrize("query,expected", [
    ("yerzhan-kistafin", "yerzhan-kistafin"),          # exact id
    ("Elmira Kaliyeva", "kaliyeva-elmira-abdykovna"),  # reordered, partial
    ("KALIYEVA ELMIRA ABDYKOVNA", "kaliyeva-elmira-abdykovna"),
    ("Kistafin", "yerzhan-kistafin"),                  # surname
    ("Placido Domingo", "placido-domingo"),            # accents
    ("Nazarbaev", "nursultan-nazarbayev"),             # transliteration
    ("Tokaev", "kassym-jomart-tokayev"),
    ("Kistafn", "yerzhan-kistafin"),                   # typo
    ("30th anniversary online roundtable", "2022-05-09-roundtable"),  # an event by its title words
])
def test_resolution(query, expected):
    assert resolve(PEOPLE, query).record.id == expected


def test_ambiguous_name_lists_candidates_with_exit_2():
    with pytest.raises(KzpkError) as err:
        resolve(PEOPLE, "Anwar")
    assert err.value.code == 2
    assert "zahid-anwar" in err.value.message and "muhammad-anwar" in err.value.message



def test_a_typo_of_a_name_beats_the_same_typo_inside_longer_titles():
    # 'Kazakstan' is the country, not each event whose title says 'Kazakhstan' too
    records = PEOPLE + typed(
        {"id": "kazakhstan", "kind": "entity", "type": "country", "name": "Kazakhstan", "aliases": []},
        *({"id": f"ev{i}", "kind": "event", "type": "event", "date": f"199{i}",
           "title": f"Kazakhstan {what}"} for i, what in enumerate(
              ("becomes independent", "joins the UN", "hosts a summit", "signs a treaty",
               "opens an embassy", "adopts a currency"))))
    assert resolve(records, "Kazakstan").record.id == "kazakhstan"
    events = [r for r in records if r.kind == "event"]
    with pytest.raises(KzpkError) as err:  # six equal candidates: five listed, the rest counted
        resolve(events, "Kazakstan")
    assert err.value.message.count("; ") == 5 and err.value.message.endswith("; and 1 more")

def test_unknown_name_exits_1_with_suggestions():
    with pytest.raises(KzpkError) as err:
        resolve(PEOPLE, "Vladimir Putin")
    assert err.value.code == 1 and err.value.hint.startswith("did you mean")


def test_periods_and_partial_dates_overlap():
    assert parse_period("2011..2016").start == "2011" and parse_period("2018").end == "2018"
    assert parse_period("Tokayev") is None
    def event(date: str, end: str | None = None):
        return typed({"id": "e", "type": "event", "date": date, "end_date": end})[0]

    month = event("2022-06")
    assert overlaps(month, "2022-06-30", None)            # a month overlaps its last day
    assert not overlaps(month, "2022-07", None)
    assert overlaps(event("1995-08-23", "1995-08-25"), "1995-08-25", "1995-08-25")
    assert not overlaps(event("2017"), "2018", None)
    assert overlaps(event("2017"), None, "2017-01-01")  # a year overlaps its first day
    assert display_date(event("1995-08-23", "1995-08-25")) == "1995-08-23–25"
    assert display_date(event("2022-06")) == "2022-06"


def test_snapshot_orders_events_stably():
    snap = Snapshot([], typed({"id": "b", "type": "event", "date": "2020"},
                              {"id": "a", "type": "event", "date": "2019-05"},
                              {"id": "c", "type": "event", "date": "2020"}))
    assert [e.id for e in snap.events] == ["a", "b", "c"]


# ------------------------------------------------------------------ through the CLI

def test_timeline_json_and_filters(real):
    doc = real("timeline", "--json").json()
    dates = [e["date"] for e in doc["events"]]
    assert dates == sorted(dates) and len(dates) >= 40
    first = doc["events"][0]
    for key in ("id", "date", "date_precision", "end_date", "title", "summary", "actors", "topics",
                "sources"):
        assert key in first
    assert all({"source", "passage", "quote"} <= set(c) for e in doc["events"] for c in e["sources"])
    r = real("timeline", "--since", "2015", "--until", "2016", "--format", "plain")
    assert "Sharif" in r.out and "Bhutto" not in r.out and "Tokayev" not in r.out
    r = real("timeline", "--actor", "Musharraf", "--json")
    assert "CICA" in r.out and "Gillani" not in r.out
    assert "pervez-musharraf" in r.err


def test_timeline_bad_input(real):
    assert real("timeline", "--since", "yesterday-ish").code == 2
    assert real("timeline", "--since", "2020", "--until", "2010").code == 2
    assert real("timeline", "--actor", "Vladimir Putin").code == 1
    r = real("timeline", "--since", "1800", "--until", "1801", "--json")
    assert r.code == 1 and r.json() == {"events": []}


def test_profile_person_json_shape(real):
    doc = real("profile", "Elmira Kaliyeva", "--json").json()
    assert doc["subject"]["id"] == "kaliyeva-elmira-abdykovna"
    for section in ("roles", "events", "said", "facts", "people", "organizations", "passages"):
        assert isinstance(doc[section], list)
    assert any("Deputy Director" in r["title"] for r in doc["roles"])
    assert all(r["quote"] and r["passage"] for r in doc["roles"])
    assert doc["events"] and doc["passages"]


def test_profile_organisation_lists_its_people(real):
    doc = real("profile", "IPDS", "--json").json()
    assert "Institute of Peace and Diplomacy" in doc["subject"]["name"]
    assert any(p["name"] == "Farhat Asif" for p in doc["people"])


def test_profile_unknown_and_ambiguous(real):
    r = real("profile", "Vladimir Putin")
    assert r.code == 1 and "did you mean" in r.err
    r = real("profile", "Anwar")
    assert r.code == 2 and "zahid-anwar" in r.err
    r = real("profile", "2011")
    assert r.code == 2 and "period" in r.err



def test_profile_asks_for_whole_phrases_only(kz, home, monkeypatch):
    # a long name and its aliases: the passage search takes whole phrases up to the query limit,
    # never a phrase cut short (an unclosed quote, which Whoosh would read as loose words)
    from types import SimpleNamespace

    import kzpk.query
    from kzpk.commands import _subject_passages
    from kzpk.home import find_home
    from kzpk.index_store import ensure_index

    asked = []

    def search(self, text, *args, **kwargs):
        asked.append(text)
        raise KzpkError("stop here", 1)

    monkeypatch.setattr(kzpk.query.Searcher, "search", search)
    long = "Kazakhstan Pakistan Joint Intergovernmental Commission on Trade " * 4
    record = SimpleNamespace(kind="entity", headline=long.strip(),
                             aliases=tuple(f"{long} {i}" for i in range(4)))
    assert kz("index").code == 0
    assert _subject_passages(ensure_index(find_home(str(home))), record) == []
    assert asked[0].count('"') % 2 == 0 and asked[0].endswith('"'), asked[0][-40:]
    assert len(asked[0]) <= kzpk.query.MAX_QUERY


def test_profile_lists_people_met_equally_often_in_the_order_they_first_appear():
    from kzpk.profile import profile

    people = typed(*({"id": x, "type": "person", "name": f"Person {x}"} for x in "pqrstuvw"))
    events = typed({"id": "e1", "type": "event", "date": "2020", "title": "One",
                    "actors": ["p", "u", "t", "s"]},
                   {"id": "e2", "type": "event", "date": "2021", "title": "Two",
                    "actors": ["p", "r", "w", "q"], "organizers": ["v"]})
    doc = profile(Snapshot([], people + events), people[0]).to_dict()
    assert [x["id"] for x in doc["appears_with"]] == ["u", "t", "s", "r", "w", "q", "v"]


def test_two_facts_of_one_sentence_differ_in_a_profile_by_their_figures(kz, home, tmp_path):
    doc = tmp_path / "pledge.md"
    doc.write_text("---\ntitle: Pledge\ndate: 2026-02-04\n---\nAmbassador Yerzhan Kistafin put "
                   "zephyr trade at $250 million and asked both sides to raise it to $1 billion.\n")
    assert kz("add", str(doc)).code == 0
    lines = [line for line in kz("profile", "Kistafin", "--format", "plain").out.splitlines()
             if line.startswith("facts:") and "zephyr" in line]
    assert [line.split(" — ")[0] for line in lines] == ["facts: 2026-02-04 [extracted] $250 million",
                                                        "facts: 2026-02-04 [extracted] $1 billion"]
