"""`kzpk compare` on a small fixture corpus these tests write (never the shipped records), and
the resolver's ordinals."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import typed
from kzpk.compare import compare
from kzpk.errors import KzpkError
from kzpk.corpus import load_corpus
from kzpk.dates import parse_period
from kzpk.resolve import resolve
from kzpk.snapshot import Snapshot

SOURCE = """\
---
id: fixture-report
title: A fixture report on Kazakhstan and Pakistan
date: "2024-01-10"
kind: news
---
A fixture report on Kazakhstan and Pakistan

On 5 March 2021 a seminar on trade was held in Lahore. Dr. Asel Nurova, Director, Centre for Eurasian Studies, University of Lahore, spoke there with the Ambassador of Kazakhstan, Timur Sadykov. Dr. Asel Nurova said that trade must double within five years.

On 14 September 2021 a workshop on energy was held in Almaty. Prof. Bilal Qureshi, Professor, University of Lahore, met the Ambassador of Kazakhstan, Timur Sadykov, there. Prof. Bilal Qureshi said that trade in energy is the first priority.

On 9 May 2022 the Institute of Policy Studies and the Eurasia Research Institute held a conference on connectivity in Islamabad. Dr. Asel Nurova spoke in session 1 of the conference on connectivity. Prof. Bilal Qureshi spoke in session 2 of the conference on connectivity. Ms. Dana Akhmet, Senior Fellow, Eurasia Research Institute, also spoke.

On 9 May 2022 the Institute of Policy Studies and the Eurasia Research Institute signed a memorandum of understanding.

Kazakhstan and Pakistan are both members of the Organisation of Islamic Cooperation (OIC). In 2018 the prime minister of Pakistan paid a visit to Kazakhstan.

Trade between Kazakhstan and Pakistan was $10 million in 2018 and $25 million in 2023.

Kazakhstan and Pakistan have signed a treaty on trade. Dr. Asel Nurova called the visit a sign of trust between Kazakhstan and Pakistan.
"""

P = "fixture-report#p"


def _cite(n: int, quote: str) -> str:
    return f'{{source: fixture-report, passage: "{P}{n}", quote: "{quote}"}}'


RECORDS = f"""\
- id: asel-nurova
  type: person
  name: Asel Nurova
  roles:
    - title: Director, Centre for Eurasian Studies, University of Lahore
      organization: centre-for-eurasian-studies
      event: 2021-03-05-trade-seminar
      date: "2021-03-05"
      source: fixture-report
      passage: "{P}1"
      quote: "Dr. Asel Nurova, Director, Centre for Eurasian Studies, University of Lahore"
  sources: [{_cite(1, "Dr. Asel Nurova")}]
- id: bilal-qureshi
  type: person
  name: Bilal Qureshi
  roles:
    - title: Professor, University of Lahore
      organization: university-of-lahore
      event: 2021-09-14-energy-workshop
      date: "2021-09-14"
      source: fixture-report
      passage: "{P}2"
      quote: "Prof. Bilal Qureshi, Professor, University of Lahore"
  sources: [{_cite(2, "Prof. Bilal Qureshi")}]
- id: timur-sadykov
  type: person
  name: Timur Sadykov
  roles:
    - title: Ambassador of Kazakhstan
      organization: kazakhstan
      source: fixture-report
      passage: "{P}1"
      quote: "the Ambassador of Kazakhstan, Timur Sadykov"
  sources: [{_cite(1, "Timur Sadykov")}]
- id: dana-akhmet
  type: person
  name: Dana Akhmet
  roles:
    - title: Senior Fellow, Eurasia Research Institute
      organization: eurasia-research-institute
      event: 2022-05-09-connectivity-conference
      date: "2022-05-09"
      source: fixture-report
      passage: "{P}3"
      quote: "Ms. Dana Akhmet, Senior Fellow, Eurasia Research Institute"
  sources: [{_cite(3, "Ms. Dana Akhmet")}]
- id: university-of-lahore
  type: organization
  name: University of Lahore
  sources: [{_cite(1, "University of Lahore")}]
- id: centre-for-eurasian-studies
  type: organization
  name: Centre for Eurasian Studies
  parent: university-of-lahore
  sources: [{_cite(1, "Centre for Eurasian Studies, University of Lahore")}]
- id: institute-of-policy-studies
  type: organization
  name: Institute of Policy Studies
  sources: [{_cite(3, "the Institute of Policy Studies")}]
- id: eurasia-research-institute
  type: organization
  name: Eurasia Research Institute
  sources: [{_cite(3, "the Eurasia Research Institute")}]
- id: organisation-of-islamic-cooperation
  type: organization
  name: Organisation of Islamic Cooperation
  acronym: OIC
  sources: [{_cite(5, "Organisation of Islamic Cooperation (OIC)")}]
- id: kazakhstan
  type: country
  name: Kazakhstan
  sources: [{_cite(5, "Kazakhstan")}]
- id: pakistan
  type: country
  name: Pakistan
  sources: [{_cite(5, "Pakistan")}]
- id: lahore
  type: place
  name: Lahore
  country: pakistan
  sources: [{_cite(1, "Lahore")}]
- id: almaty
  type: place
  name: Almaty
  country: kazakhstan
  sources: [{_cite(2, "Almaty")}]
- id: 2021-03-05-trade-seminar
  type: event
  date: "2021-03-05"
  title: Seminar on trade in Lahore
  summary: A seminar on trade.
  actors: [asel-nurova, timur-sadykov]
  topics: [trade]
  place: lahore
  sources: [{_cite(1, "On 5 March 2021 a seminar on trade was held in Lahore.")},
            {_cite(1, "spoke there with the Ambassador of Kazakhstan, Timur Sadykov")}]
- id: 2021-09-14-energy-workshop
  type: event
  date: "2021-09-14"
  title: Workshop on energy in Almaty
  summary: A workshop on energy.
  actors: [bilal-qureshi, timur-sadykov]
  topics: [energy]
  place: almaty
  sources: [{_cite(2, "On 14 September 2021 a workshop on energy was held in Almaty.")},
            {_cite(2, "met the Ambassador of Kazakhstan, Timur Sadykov, there")}]
- id: 2022-05-09-connectivity-conference
  type: event
  date: "2022-05-09"
  title: Conference on connectivity in Islamabad
  summary: A conference on connectivity.
  actors: [institute-of-policy-studies, eurasia-research-institute, asel-nurova, bilal-qureshi, dana-akhmet]
  organizers: [institute-of-policy-studies, eurasia-research-institute]
  topics: [connectivity]
  sources: [{_cite(3, "On 9 May 2022 the Institute of Policy Studies and the Eurasia Research Institute held a conference on connectivity in Islamabad.")},
            {_cite(3, "Dr. Asel Nurova spoke in session 1 of the conference on connectivity.")},
            {_cite(3, "Prof. Bilal Qureshi spoke in session 2 of the conference on connectivity.")}]
- id: 2022-05-09-connectivity-conference-session-1
  type: event
  date: "2022-05-09"
  date_note: the day of the conference on connectivity ({P}3)
  title: Session 1 of the conference on connectivity
  summary: The first session.
  actors: [asel-nurova]
  topics: [connectivity]
  sources: [{_cite(3, "Dr. Asel Nurova spoke in session 1 of the conference on connectivity.")}]
- id: 2022-05-09-connectivity-conference-session-2
  type: event
  date: "2022-05-09"
  date_note: the day of the conference on connectivity ({P}3)
  title: Session 2 of the conference on connectivity
  summary: The second session.
  actors: [bilal-qureshi]
  topics: [connectivity]
  sources: [{_cite(3, "Prof. Bilal Qureshi spoke in session 2 of the conference on connectivity.")}]
- id: 2022-05-09-ips-eri-memorandum
  type: event
  date: "2022-05-09"
  title: Institute of Policy Studies and Eurasia Research Institute sign a memorandum
  summary: The two institutes signed a memorandum of understanding.
  actors: [institute-of-policy-studies, eurasia-research-institute]
  topics: [education]
  sources: [{_cite(4, "On 9 May 2022 the Institute of Policy Studies and the Eurasia Research Institute signed a memorandum of understanding")}]
- id: 2018-pakistan-pm-visit-kazakhstan
  type: event
  date: "2018"
  date_precision: year
  title: Pakistan's prime minister visits Kazakhstan
  summary: A visit.
  actors: [pakistan, kazakhstan]
  topics: [diplomacy]
  sources: [{_cite(5, "In 2018 the prime minister of Pakistan paid a visit to Kazakhstan.")}]
- id: nurova-trade-must-double
  type: fact
  subject: [kazakhstan, pakistan]
  speaker: asel-nurova
  event: 2021-03-05-trade-seminar
  statement: Nurova said trade must double within five years.
  note: the trade of Kazakhstan and Pakistan, named in the report's title
  topics: [trade]
  sources: [{_cite(1, "Dr. Asel Nurova said that trade must double within five years.")}]
- id: qureshi-energy-trade-priority
  type: fact
  subject: [kazakhstan, pakistan]
  speaker: bilal-qureshi
  event: 2021-09-14-energy-workshop
  statement: Qureshi said trade in energy is the first priority.
  note: the trade of Kazakhstan and Pakistan, named in the report's title
  topics: [trade, energy]
  sources: [{_cite(2, "Prof. Bilal Qureshi said that trade in energy is the first priority.")}]
- id: both-in-oic
  type: fact
  subject: [kazakhstan, pakistan, organisation-of-islamic-cooperation]
  statement: Kazakhstan and Pakistan are both members of the OIC.
  topics: [multilateral]
  sources: [{_cite(5, "Kazakhstan and Pakistan are both members of the Organisation of Islamic Cooperation (OIC).")}]
- id: trade-treaty-signed
  type: fact
  subject: [kazakhstan, pakistan]
  statement: Kazakhstan and Pakistan have signed a treaty on trade.
  topics: [trade, law]
  sources: [{_cite(7, "Kazakhstan and Pakistan have signed a treaty on trade.")}]
- id: nurova-visit-sign-of-trust
  type: fact
  subject: [kazakhstan, pakistan]
  speaker: asel-nurova
  statement: Nurova called the visit a sign of trust.
  topics: [diplomacy]
  sources: [{_cite(7, "Dr. Asel Nurova called the visit a sign of trust between Kazakhstan and Pakistan.")}]
- id: trade-2018
  type: fact
  subject: [kazakhstan, pakistan]
  statement: Trade was $10 million in 2018.
  value: 10000000
  unit: USD
  date: "2018"
  topics: [trade]
  sources: [{_cite(6, "Trade between Kazakhstan and Pakistan was $10 million in 2018")}]
- id: trade-2023
  type: fact
  subject: [kazakhstan, pakistan]
  statement: Trade was $25 million in 2023.
  value: 25000000
  unit: USD
  date: "2023"
  topics: [trade]
  sources: [{_cite(6, "Trade between Kazakhstan and Pakistan was $10 million in 2018 and $25 million in 2023")}]
"""


def write_home(root: Path) -> Path:
    (root / "records" / "sources").mkdir(parents=True)
    (root / "records" / "sources" / "fixture-report.md").write_text(SOURCE, encoding="utf-8")
    (root / "records" / "fixture.yaml").write_text(RECORDS, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def fixture_home(tmp_path_factory) -> Path:
    return write_home(tmp_path_factory.mktemp("compare") / "home")


@pytest.fixture(scope="module")
def snap(fixture_home) -> Snapshot:
    corpus = load_corpus(fixture_home / "records")
    return Snapshot([], corpus.records)


def side(snap: Snapshot, text: str):
    return parse_period(text) or resolve(snap.records, text).record


def run(snap: Snapshot, a: str, b: str) -> dict:
    return compare(snap, side(snap, a), side(snap, b)).to_dict()


def ids(doc: dict, part: str, question: str) -> list[str]:
    return [i["id"] for i in doc[part][question]]


def everything(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def test_fixture_is_valid(fixture_home):
    assert load_corpus(fixture_home / "records").problems == []


# ------------------------------------------------------------------ people

def test_people_share_the_parent_of_a_department_and_say_why(snap):
    doc = run(snap, "Asel Nurova", "Bilal Qureshi")
    [uni] = doc["shared"]["organizations"]
    assert uni["id"] == "university-of-lahore"
    assert "Centre for Eurasian Studies is a part of University of Lahore" in uni["reason"]
    assert "as Professor, University of Lahore, 2021-09-14" in uni["reason"]  # when, too
    assert {c["passage"] for c in uni["sources"]} == {f"{P}1", f"{P}2"}
    assert ids(doc, "only_left", "organizations") == ["centre-for-eurasian-studies"]
    assert [r["name"] for r in doc["left"]["roles"]] == [
        "Director, Centre for Eurasian Studies, University of Lahore"]
    assert [r["name"] for r in doc["right"]["roles"]] == ["Professor, University of Lahore"]


def test_met_a_third_party_at_different_events_is_not_shared(snap):
    doc = run(snap, "Asel Nurova", "Bilal Qureshi")
    assert "timur-sadykov" not in everything(doc["shared"])
    assert "Sadykov" not in everything(doc["shared"])
    # each met him alone, at an occasion of their own
    assert "2021-03-05-trade-seminar" in ids(doc, "only_left", "events")
    assert "2021-09-14-energy-workshop" in ids(doc, "only_right", "events")


def test_people_met_at_two_parts_of_one_occasion(snap):
    doc = run(snap, "Asel Nurova", "Bilal Qureshi")
    [met] = doc["shared"]["events"]
    assert met["id"] == "2022-05-09-connectivity-conference"
    assert met["left"] and met["right"]
    assert "2022-05-09-connectivity-conference-session-1" in everything(met["left"])
    assert "2022-05-09-connectivity-conference-session-2" in everything(met["right"])


def test_people_said_on_a_topic_both_spoke_about_verbatim_side_by_side(snap):
    doc = run(snap, "Asel Nurova", "Bilal Qureshi")
    [trade] = doc["shared"]["said"]
    assert trade["id"] == "trade"
    assert "trade must double within five years" in everything(trade["left"])
    assert "trade in energy is the first priority" in everything(trade["right"])
    assert ids(doc, "only_right", "said") == ["energy"]


def test_two_people_who_held_one_office_share_its_title_each_with_their_date():
    def pm(pid: str, title: str, date: str) -> dict:
        role = {"title": title, "organization": "pm-office", "event": None, "date": date,
                "source": "s", "passage": "s#p1", "quote": title}
        return {"id": pid, "kind": "entity", "type": "person", "name": pid.title(), "roles": [role],
                "sources": []}

    records = typed(pm("bhutto", "Prime-Minister of the Pakistan", "1995"),
               pm("sharif", "Prime Minister of Pakistan", "2015"),
               pm("mahmood", "Federal Minister for Communications", "2019"),
               pm("khan", "Minister of Communications", "2024"),
               {"id": "pm-office", "kind": "entity", "type": "organization",
                "name": "Prime Minister of Pakistan", "sources": []})
    doc = compare(Snapshot([], records), records[0], records[1]).to_dict()
    [office] = doc["shared"]["roles"]
    assert office["id"] == "pm-office"
    assert "Bhutto: 1995" in office["reason"] and "Sharif: Prime Minister of Pakistan, 2015" in office["reason"]
    doc = compare(Snapshot([], records), records[2], records[3]).to_dict()
    assert [i["name"] for i in doc["shared"]["roles"]] == ["Federal Minister for Communications"]
    doc = compare(Snapshot([], records), records[0], records[3]).to_dict()
    assert doc["shared"]["roles"] == []


# ------------------------------------------------------------------ organisations

def test_organisations_people_from_roles_events_and_agreements_between_them(snap):
    doc = run(snap, "Institute of Policy Studies", "Eurasia Research Institute")
    assert ids(doc, "only_right", "people") == ["dana-akhmet"]
    assert "Senior Fellow, Eurasia Research Institute" in doc["only_right"]["people"][0]["reason"]
    [mou] = doc["shared"]["agreements"]
    assert mou["id"] == "2022-05-09-ips-eri-memorandum"
    assert mou["sources"][0]["passage"] == f"{P}4"
    assert "2022-05-09-connectivity-conference" in ids(doc, "shared", "events")


# ------------------------------------------------------------------ countries

def test_countries_share_a_membership_the_texts_state(snap):
    doc = run(snap, "Kazakhstan", "Pakistan")
    [oic] = doc["shared"]["memberships"]
    assert oic["id"] == "organisation-of-islamic-cooperation"
    assert "members of the OIC" in oic["reason"]
    assert oic["sources"][0]["passage"] == f"{P}5"
    assert ids(doc, "shared", "visits") == ["2018-pakistan-pm-visit-kazakhstan"]
    # a country takes part through a person whose role is with it; the place names the other
    [seminar] = [i for i in doc["shared"]["events"] if i["id"] == "2021-03-05-trade-seminar"]
    assert "through Timur Sadykov (Ambassador of Kazakhstan)" in seminar["reason"]
    assert "held in Lahore, Pakistan" in seminar["reason"]
    # the author's statement of a signing is an agreement; a speaker's "sign of trust" is not
    assert ids(doc, "shared", "agreements") == ["trade-treaty-signed"]


# ------------------------------------------------------------------ events

def test_two_sessions_compare_as_parts_of_one_occasion(snap):
    doc = run(snap, "Session 1 of the conference on connectivity", "second session conference connectivity")
    assert ids(doc, "shared", "occasion") == ["2022-05-09-connectivity-conference"]
    assert ids(doc, "only_left", "people") == ["asel-nurova"]
    assert ids(doc, "only_right", "people") == ["bilal-qureshi"]
    assert ids(doc, "shared", "date") == ["2022-05-09"]


def test_events_show_who_took_part_in_both_and_where(snap):
    doc = run(snap, "Seminar on trade in Lahore", "Workshop on energy in Almaty")
    assert ids(doc, "shared", "people") == ["timur-sadykov"]  # a participant of both events
    assert ids(doc, "only_left", "place") == ["lahore"] and ids(doc, "only_right", "place") == ["almaty"]
    assert ids(doc, "only_left", "topics") == ["trade"]


# ------------------------------------------------------------------ periods

def test_periods_put_figures_side_by_side_with_the_change_computed(snap):
    doc = run(snap, "2018", "2023")
    [pair] = doc["shared"]["figures"]
    assert pair["name"] == "trade in USD: Kazakhstan, Pakistan"
    assert "10,000,000 USD" in everything(pair["left"]) and "25,000,000 USD" in everything(pair["right"])
    assert pair["computed"].startswith("computed, not quoted: +15,000,000 USD (+150.0 %)")
    assert ids(doc, "only_left", "events") == ["2018-pakistan-pm-visit-kazakhstan"]


def test_evidence_from_an_extracted_record_says_it_is_not_reviewed(snap):
    records = [replace(r, status="extracted") if r.id == "2021-09-14-energy-workshop" else r
               for r in snap.records]
    doc = compare(Snapshot([], records), *(resolve(records, n).record for n in
                                          ("Asel Nurova", "Bilal Qureshi"))).to_dict()
    [workshop] = [i for i in doc["only_right"]["events"] if i["id"] == "2021-09-14-energy-workshop"]
    assert workshop["reason"].endswith("took part (extracted, not reviewed)")
    [met] = doc["shared"]["events"]
    assert "not reviewed" not in met["reason"]


def test_an_event_and_one_of_its_parts_are_one_occasion(snap):
    doc = run(snap, "Conference on connectivity in Islamabad", "Session 2 of the conference on connectivity")
    [occasion] = doc["shared"]["occasion"]
    assert occasion["id"] == "2022-05-09-connectivity-conference"
    assert "the whole occasion, in 2 parts" in occasion["reason"]
    assert ids(doc, "shared", "people") == ["bilal-qureshi"]


@pytest.mark.parametrize("fmt", ["table", "plain", "tsv", "json"])
def test_record_text_is_never_markup_nor_control_characters(snap, fmt):
    import io

    from kzpk.render import emit

    hostile = "Asel [bold]Nurova[/bold]\x1b[31m\x07"
    records = [replace(r, name=hostile) if r.id == "asel-nurova" else r for r in snap.records]
    view = compare(Snapshot([], records), *(resolve(records, n).record for n in
                                           ("asel-nurova", "Bilal Qureshi")))
    out = io.StringIO()
    emit(view, fmt, out, color=True) if fmt == "table" else emit(view, fmt, out)
    text = out.getvalue()
    assert "[bold]Nurova[/bold]" in text
    assert "\x1b[31m" not in text and "\x07" not in text


def test_nothing_to_compare_exits_1_and_one_subject_twice_exits_2(snap):
    with pytest.raises(KzpkError) as err:
        run(snap, "1900", "1901")
    assert err.value.code == 1 and "nothing to compare" in err.value.message
    with pytest.raises(KzpkError) as err:
        run(snap, "Kazakhstan", "kazakhstan")
    assert err.value.code == 2


def test_a_period_and_a_person_are_not_compared_and_the_hint_says_what_to_run(snap):
    with pytest.raises(KzpkError) as err:
        run(snap, "2021", "Asel Nurova")
    assert err.value.code == 2 and "cannot compare a period with a person" in err.value.message
    assert err.value.hint == ("for the events of Asel Nurova in 2021: kzpk timeline --actor asel-nurova "
                              "--since 2021 --until 2021")
    with pytest.raises(KzpkError) as err:
        run(snap, "Seminar on trade in Lahore", "2021")
    assert err.value.code == 2 and err.value.hint is None


# ------------------------------------------------------------------ through the command line

def test_cli_formats(fixture_home):
    from conftest import run_kzpk

    r = run_kzpk(fixture_home, "compare", "Asel Nurova", "Bilal Qureshi", "--format", "tsv")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].split("\t") == ["part", "question", "id", "name", "date", "reason", "sources"]
    assert any(ln.startswith("shared\torganizations\tuniversity-of-lahore\t") for ln in lines)
    assert len({len(ln.split("\t")) for ln in lines}) == 1
    r = run_kzpk(fixture_home, "compare", "Asel Nurova", "Bilal Qureshi", "--format", "plain")
    assert "both · shared organisations: University of Lahore (university-of-lahore)" in r.out
    r = run_kzpk(fixture_home, "compare", "Asel Nurova", "Bilal Qureshi", "--format", "table")
    assert "asel-nurova" in r.out and "bilal-qureshi" in r.out and "university-of-lahore" in r.out
    doc = run_kzpk(fixture_home, "compare", "Asel Nurova", "Bilal Qureshi", "--json").json()
    assert set(doc) == {"left", "right", "shared", "only_left", "only_right"}
    assert run_kzpk(fixture_home, "compare", "1900", "1901").code == 1
    r = run_kzpk(fixture_home, "compare", "2018", "2023", "--format", "plain")
    assert "computed, not quoted: +15,000,000 USD (+150.0 %) from 2018 to 2023" in r.out
    r = run_kzpk(fixture_home, "compare", "2018", "2023", "--format", "table")
    assert "trade-2018~trade-2023" in r.out and "computed" in r.out
    assert run_kzpk(fixture_home, "compare", "Kazakhstan").code == 2


# ------------------------------------------------------------------ resolver ordinals

SUMMITS = typed(
    {"id": "2002-first-summit", "kind": "event", "type": "event", "date": "2002-06-04",
     "title": "First CICA summit in Almaty"},
    {"id": "2006-second-summit", "kind": "event", "type": "event", "date": "2006-06-17",
     "title": "Second CICA summit in Almaty"},
    {"id": "session-1", "kind": "event", "type": "event", "date": "2026-02-12",
     "title": "Working Session I of the conference"},
    {"id": "session-2", "kind": "event", "type": "event", "date": "2026-02-12",
     "title": "Working Session II of the conference"},
)


@pytest.mark.parametrize("query,expected", [
    ("first CICA summit", "2002-first-summit"),
    ("1st CICA summit", "2002-first-summit"),
    ("CICA summit I", "2002-first-summit"),
    ("2nd CICA summit", "2006-second-summit"),
    ("second CICA summit", "2006-second-summit"),
    ("CICA summit II", "2006-second-summit"),
    ("working session 2", "session-2"),
    ("working session first", "session-1"),
])
def test_ordinals_written_any_way_pick_the_record_whose_title_has_that_ordinal(query, expected):
    assert resolve(SUMMITS, query).record.id == expected


def test_an_acronym_means_the_name_with_those_initials_before_a_title_that_contains_it():
    records = typed(
        {"id": "foreign-policy-research-institute", "kind": "entity", "type": "organization",
         "name": "Foreign Policy Research Institute of Kazakhstan",
         "aliases": ["Foreign Policy Research Institute"]},
        {"id": "2026-mou", "kind": "event", "type": "event", "date": "2026-02-12",
         "title": "Signing of an ISSI–FPRI memorandum of understanding announced"},
    )
    assert resolve(records, "FPRI").record.id == "foreign-policy-research-institute"
    assert resolve(records, "ISSI FPRI memorandum").record.id == "2026-mou"


def test_a_query_that_repeats_a_word_is_no_internal_fault():
    records = typed({"id": "summit", "kind": "event", "type": "event", "date": "2002-06-04",
                     "title": "Almaty summit"})
    assert resolve(records, "summit summit Almaty").record.id == "summit"
