"""What `kzpk add` reads out of a document: mentions, candidate records, and their review."""

from __future__ import annotations

from pathlib import Path

from conftest import run_kzpk

WIRE = """\
Envoy and minister meet on trade corridor

ISLAMABAD, March 17 (APP): Ambassador Yerzhan Kistafin met Pakistan's Minister for Maritime Affairs, Qaiser Ahmed Sheikh, on Tuesday to discuss the zephyrine corridor.

Sheikh recalled that the two sides had first discussed the route on 4 June 2025 in Almaty.

Trade between the two countries reached $250 million, Kistafin said, and he hoped for a flight link by the end of the year. The envoy's visit followed the February 2026 talks.
"""


def add_text(kz, tmp_path: Path, name: str, text: str):
    doc = tmp_path / name
    doc.write_text(text)
    r = kz("add", str(doc))
    assert r.code == 0, r.err
    return r


def events(kz, *args) -> list[dict]:
    r = kz("timeline", "--format", "json", *args)
    assert r.code in (0, 1), r.err
    return r.json()["events"]


def test_wire_story_events_are_dated_cited_and_marked(kz, home, tmp_path):
    r = add_text(kz, tmp_path, "wire.txt", WIRE)
    assert "extracted records to review" in r.out
    found = {e["date"]: e for e in events(kz) if e["status"] == "extracted"}
    # 'on Tuesday' against the dateline (17 March, year from 'February 2026'): 2026-03-17
    call = found["2026-03-17"]
    assert "yerzhan-kistafin" in [a["id"] for a in call["actors"]]
    assert "Tuesday" in call["date_note"] and "dateline" in call["date_note"]
    quote = call["sources"][0]["quote"]
    assert "on Tuesday to discuss the zephyrine corridor" in quote
    assert found["2025-06-04"]["date_precision"] == "day"
    # every extracted record passes validate, like a curated one
    assert kz("validate").code == 0
    # marked in plain output, and left out with --curated
    plain = kz("timeline", "--format", "plain").out
    assert "[extracted]" in plain
    curated = events(kz, "--curated")
    assert curated and all(e["status"] == "curated" for e in curated)


def test_a_new_person_after_a_title_gets_a_profile_with_role_and_mentions(kz, home, tmp_path):
    add_text(kz, tmp_path, "wire.txt", WIRE)
    r = kz("profile", "Qaiser Ahmed Sheikh", "--format", "json")
    assert r.code == 0, r.err
    prof = r.json()
    assert prof["subject"]["status"] == "extracted"
    assert any(role["title"] == "Minister for Maritime Affairs" for role in prof["roles"])
    # a known person's profile lists where the new document names him, with its date
    mentions = kz("profile", "Kistafin", "--format", "json").json()["mentions"]
    assert any(m["date"] == "2026-03-17" and "zephyrine" in m["quote"] for m in mentions)
    assert any(m["passage"].endswith("#p1") and m["source"] == "envoy-and-minister-meet-on-trade-corridor"
               for m in mentions)
    # the figure is a candidate fact with its unit
    r = kz("search", "250 million", "--format", "json")
    facts = [h for h in r.json()["results"] if h["kind"] == "fact" and h["status"] == "extracted"]
    assert facts and facts[0]["quote"].startswith("Trade between the two countries reached $250 million")


def test_mentions_survive_a_rebuild(kz, home, tmp_path):
    add_text(kz, tmp_path, "wire.txt", WIRE)
    assert kz("index", "--rebuild").code == 0
    mentions = kz("profile", "Kistafin", "--format", "json").json()["mentions"]
    assert any("zephyrine" in m["quote"] for m in mentions)


def test_review_accept_and_reject(kz, home, tmp_path):
    add_text(kz, tmp_path, "wire.txt", WIRE)
    listed = kz("review", "--format", "json").json()["records"]
    event = next(r for r in listed if r["type"] == "event" and r["record"]["date"] == "2025-06-04")
    person = next(r for r in listed if r["type"] == "person")
    r = kz("accept", event["id"])
    assert r.code == 0 and "events.yaml" in r.out
    curated = (home / "records" / "events.yaml").read_text()
    assert event["id"] in curated and "status" not in curated
    assert "on 4 June 2025 in Almaty" in curated
    assert kz("validate").code == 0
    accepted = [e for e in events(kz) if e["id"] == event["id"]]
    assert accepted and accepted[0]["status"] == "curated"
    # rejecting the person drops it and every extracted reference to it, and is remembered
    r = kz("reject", person["id"])
    assert r.code == 0, r.err
    assert kz("validate").code == 0
    ids = [x["id"] for x in kz("review", "--format", "json").json()["records"]]
    assert person["id"] not in ids and event["id"] not in ids
    assert person["id"] in (home / "records" / "extracted" / "rejected.txt").read_text()
    add_text(kz, tmp_path, "again.txt", "Second note\n\nISLAMABAD, 2 May 2026: Pakistan's Minister "
                                        "for Maritime Affairs, Qaiser Ahmed Sheikh, spoke.\n")
    ids = [x["id"] for x in kz("review", "--format", "json").json()["records"]]
    assert person["id"] not in ids
    assert kz("reject", "no-such-id").code == 1


def test_extracted_file_with_a_wrong_quote_is_refused_by_validate(kz, home, tmp_path):
    add_text(kz, tmp_path, "wire.txt", WIRE)
    path = next((home / "records" / "extracted").glob("*.yaml"))
    path.write_text(path.read_text().replace("zephyrine corridor", "other corridor", 1))
    r = kz("validate")
    assert r.code == 2 and "quote not found" in r.out + r.err


def test_a_note_naming_three_known_subjects_joins_their_profiles_and_the_timeline(real_copy,
                                                                                 tmp_path):
    bundled = real_copy
    note = tmp_path / "note.md"
    note.write_text("---\ntitle: Meeting note on Caspian logistics\ndate: 2026-03-02\n---\n"
                    "Tokayev's adviser briefed ISSI researchers in Islamabad on 27 February 2026, "
                    "and Parkhomchik presented the Caspian grain study.\n")
    r = run_kzpk(bundled, "add", str(note))
    assert r.code == 0, r.err
    for name in ("Tokayev", "ISSI", "Parkhomchik"):
        r = run_kzpk(bundled, "profile", name, "--format", "json")
        assert r.code == 0, r.err
        assert any("Caspian grain study" in m["quote"] for m in r.json()["mentions"]), name
    r = run_kzpk(bundled, "timeline", "--since", "2026-02-27", "--until", "2026-02-27",
                 "--format", "json")
    hits = [e for e in r.json()["events"] if "Caspian grain study" in e["sources"][0]["quote"]]
    assert hits and hits[0]["status"] == "extracted"
    assert {"kassym-jomart-tokayev", "lidiya-parkhomchik"} <= {a["id"] for a in hits[0]["actors"]}
    assert run_kzpk(bundled, "validate").code == 0


def test_an_undated_lead_is_dated_by_the_document_with_a_note(kz, home, tmp_path):
    add_text(kz, tmp_path, "lead.md", "---\ntitle: Envoy meets city chief\ndate: 2024-04-21\n---\n"
             "Ambassador Yerzhan Kistafin met Anwar ul-Haq, Chairman of the Capital Development "
             "Authority, to talk about ties between the two capitals.\n\nThey spoke of parks.\n")
    found = [e for e in events(kz) if e["status"] == "extracted"]
    assert [e["date"] for e in found] == ["2024-04-21"]
    assert "dated by the document (2024-04-21, from its front matter)" in found[0]["date_note"]
    r = kz("profile", "Anwar ul-Haq", "--format", "json")
    assert r.code == 0 and r.json()["roles"][0]["title"].startswith("Chairman of the Capital")
    assert kz("validate").code == 0


GROUPS = """ISLAMABAD, Feb 29 (APP): Officials of both countries met this week.

The ninth meeting of the zephyrine joint commission sat in Islamabad on 27 February 2020. The commission decided to set up three quillwort working groups.
"""


def test_a_passage_holding_every_word_beats_the_event_extracted_from_it(kz, home, tmp_path):
    add_text(kz, tmp_path, "groups.txt", GROUPS)
    assert any(e["status"] == "extracted" for e in events(kz))
    r = kz("search", "ninth meeting zephyrine joint commission quillwort working groups",
           "--format", "plain")
    assert r.code == 0, r.err
    line1 = r.out.splitlines()[0]
    assert "[passage]" in line1 and "quillwort working groups" in line1
    # the extracted event says its sentence once, not as a cut title and then again
    r = kz("search", "When did the zephyrine joint commission sit?", "--format", "plain")
    line1 = r.out.splitlines()[0]
    assert "[extracted event] 2020-02-27" in line1
    assert line1.count("The ninth meeting of the zephyrine") == 1


def test_a_figure_in_mln_or_crore_is_extracted_at_its_scale(kz, home, tmp_path):
    add_text(kz, tmp_path, "figures.txt",
             "Trade figures\n\nISLAMABAD, March 3 (APP): Bilateral trade stood at USD 53.7 mln in "
             "2024, Ambassador Yerzhan Kistafin said. Pakistan set aside Rs 2 crore for the "
             "exchange programme.\n")
    r = kz("search", "USD 53.7 mln crore", "--format", "plain", "--kind", "fact")
    assert "$53.7 million —" in r.out and "Rs 20 million —" in r.out, r.out + r.err
    assert "left out" not in r.err  # the quote check reads 'mln', 'crore' and 'Rs' the same way
    assert kz("validate").code == 0


RELATIVE = """\
---
title: Envoy's week of talks
date: 2026-03-16
---
Ambassador Yerzhan Kistafin flies to Almaty on Tuesday for talks on the zephyrine corridor.

Kistafin met the quillwort council on Thursday to prepare the visit.

Kistafin briefed the press on Monday about the corridor.

The corridor commission is due to meet next week in Almaty.

The envoy's deputy arrives in Almaty tomorrow with the draft text.

A sawfly working group on Friday in Almaty heard the corridor plan.
"""


def test_relative_dates_follow_the_tense_of_their_clause(kz, home, tmp_path):
    # the item is dated Monday 16 March 2026
    add_text(kz, tmp_path, "week.md", RELATIVE)
    found = [e for e in events(kz) if e["status"] == "extracted"]

    def by(words: str) -> dict:
        hits = [e for e in found if words in e["sources"][0]["quote"]]
        assert len(hits) == 1, (words, found)
        return hits[0]

    # 'flies … on Tuesday': the Tuesday after the item's date, not the one before
    flies = by("flies to Almaty")
    assert flies["date"] == "2026-03-17" and flies["date_precision"] == "day"
    assert "'flies'" in flies["date_note"] and "after the document's date (2026-03-16" in \
        flies["date_note"]
    # 'met … on Thursday': the Thursday before
    assert by("met the quillwort council")["date"] == "2026-03-12"
    # the item's own weekday, in the past tense: that day
    assert by("briefed the press")["date"] == "2026-03-16"
    # 'next week': the days of the week after, and the note says the day is not known
    week = by("next week")
    assert (week["date"], week["end_date"]) == ("2026-03-23", "2026-03-29")
    assert "does not say which of them" in week["date_note"]
    assert by("tomorrow")["date"] == "2026-03-17"
    # no verb says which way: the past, and the note says so
    unclear = by("sawfly working group")
    assert unclear["date"] == "2026-03-13" and "the past is taken" in unclear["date_note"]
    assert kz("validate").code == 0


ASIDES = """\
---
title: Envoy's Karachi round
date: 2021-10-15
---
Ambassador Yerzhan Kistafin also went to the zephyr school, founded in October 1855, which teaches children from poor families.

At the quillwort institute, set up in 1947, Kistafin spoke about the corridor.

The sawfly agreement, signed on 3 June 2016 in Astana, covers training.

In January–March 2021 trade slipped 3.7 percent, to $19.4 million.

Kistafin asked both sides to raise trade to $1 billion within the next year.
"""


def test_a_date_in_an_aside_dates_the_aside_not_the_sentence(kz, home, tmp_path):
    add_text(kz, tmp_path, "asides.md", ASIDES)
    found = [e for e in events(kz) if e["status"] == "extracted"]
    dated = {e["date"]: e["sources"][0]["quote"] for e in found}
    # 'went to the school, founded in October 1855': the visit is not of 1855; 'spoke' not of 1947
    assert not [d for d in dated if d.startswith(("1855", "1947"))], dated
    # an aside that is all the sentence reports still dates it
    assert "sawfly agreement" in dated["2016-06-03"]
    # 'January–March 2021' is the three months, not March alone
    span = next(e for e in found if "slipped" in e["sources"][0]["quote"])
    assert (span["date"], span["end_date"], span["date_precision"]) == ("2021-01", "2021-03", "month")
    r = kz("search", "19.4 million", "--kind", "fact", "--format", "json")
    assert r.json()["results"][0]["date"] == "2021"  # a fact's one date: the year
    # 'within the next year' is a stretch of time, not the year after the item's
    assert "2022" not in dated
    assert kz("validate").code == 0


def test_an_event_two_sources_tell_is_shown_linked_not_as_two_unrelated_events(kz, home, tmp_path):
    add_text(kz, tmp_path, "summit.md", "---\ntitle: Summit diary\ndate: 2002-06-10\n---\n"
             "President Pervez Musharraf, at the first CICA summit in Almaty on 4 June 2002, "
             "spoke about the zephyr corridor.\n\n"
             "Musharraf signed the sawfly accord on 4 June 2002 in Almaty.\n")
    day = {e["id"]: e for e in events(kz, "--since", "2002-06-04", "--until", "2002-06-04")}
    told = next(e for e in day.values() if "zephyr corridor" in e["sources"][0]["quote"])
    assert told["status"] == "extracted"  # both stay
    assert [link["id"] for link in told["links"]] == ["2002-06-04-cica-summit"]
    assert told["links"][0]["kind"] == "same event"
    assert [link["id"] for link in day["2002-06-04-cica-summit"]["links"]] == [told["id"]]
    plain = kz("timeline", "2002", "--format", "plain").out
    assert "may be the same event as, or part of, 2002-06-04-cica-summit" in plain
    # the same day and person, another thing done: not linked
    signed = next(e for e in day.values() if "sawfly accord" in e["sources"][0]["quote"])
    assert signed["links"] == []
    # the profile of the person shows the link too
    prof = kz("profile", "Musharraf", "--format", "json").json()
    assert any(link["id"] == told["id"] for e in prof["events"] for link in e["links"])
    # and a comparison of periods lists the two side by side, said so
    out = kz("compare", "2002", "2022", "--format", "plain").out
    assert "First CICA summit (may be the same event as, or part of, " + told["id"] + ")" in out


def test_a_misspelt_known_name_is_that_person_with_a_note_not_a_new_one(kz, home, tmp_path):
    add_text(kz, tmp_path, "typo.md", "---\ntitle: Envoy news\ndate: 2025-04-09\n---\n"
             "Ambassador Yerzhan Kistanfin broke the news at a meeting on Tuesday about the "
             "zephyr corridor.\n")
    people = [r["record"]["name"] for r in kz("review", "--format", "json").json()["records"]
              if r["type"] == "person"]
    assert "Yerzhan Kistanfin" not in people
    (event,) = [e for e in events(kz) if e["status"] == "extracted"]
    assert event["date"] == "2025-04-08"  # 'broke' reports what has happened
    assert [a["id"] for a in event["actors"]] == ["yerzhan-kistafin"]
    assert "'Yerzhan Kistanfin' is read as yerzhan-kistafin" in event["note"]
    assert kz("validate").code == 0
    prof = kz("profile", "Kistafin", "--format", "json").json()
    assert any("zephyr corridor" in e["summary"] for e in prof["events"])
    # one consonant for another is another name: 'Yerzhan Kistavin' is someone else
    add_text(kz, tmp_path, "other.md", "---\ntitle: Other\ndate: 2025-04-10\n---\n"
             "Ambassador Yerzhan Kistavin visited the quillwort office.\n")
    people = [r["record"]["name"] for r in kz("review", "--format", "json").json()["records"]
              if r["type"] == "person"]
    assert "Yerzhan Kistavin" in people


def test_a_title_or_a_full_stop_is_no_part_of_an_organisations_name(kz, home, tmp_path):
    add_text(kz, tmp_path, "orgs.md", "---\ntitle: Talks\ndate: 2024-04-21\n---\n"
             "Kistafin met Anwar ul-Haq, Chairman of the Zephyr Development Authority (ZDA), "
             "on Friday.\n\nHe also met Dr. Nadeem Bhatti, Vice Chancellor of Quillwort "
             "University; and officials of the Sawfly Council of Foreign Ministers.\n\n"
             "The talks were held on the margins of the Sawfly Council of Foreign Ministers.\n")
    names = {r["record"]["name"] for r in kz("review", "--format", "json").json()["records"]
             if r["type"] == "organization"}
    assert "Zephyr Development Authority" in names
    assert "Quillwort University" in names
    assert "Sawfly Council of Foreign Ministers" in names
    assert not [n for n in names if n.startswith(("Chairman", "Vice")) or n.endswith("Foreign")]


def test_a_weekday_naming_a_thing_beside_another_date_dates_that_thing(kz, home, tmp_path):
    add_text(kz, tmp_path, "call.md", "---\ntitle: Call\ndate: 2026-03-17\n---\n"
             "Ambassador Yerzhan Kistafin spoke to the zephyr council by telephone on Tuesday and "
             "congratulated it on Sunday's quillwort vote, calling it historic.\n")
    got = sorted((e["date"], e["title"]) for e in events(kz) if e["status"] == "extracted")
    # the call on the item's Tuesday; the vote, not the call, on the Sunday before
    assert [d for d, _ in got] == ["2026-03-15", "2026-03-17"]
    assert got[0][1] == "Sunday's quillwort vote" and "by telephone" in got[1][1]
    vote = next(e for e in events(kz) if e["date"] == "2026-03-15")
    assert vote["actors"] == []  # the ambassador made the call, not the vote
    assert kz("validate").code == 0
    # one that names the item's event of that day again is no second event
    add_text(kz, tmp_path, "trip.md", "---\ntitle: Trip\ndate: 2022-02-24\n---\n"
             "Ambassador Yerzhan Kistafin visited the zephyr chamber on Thursday.\n\n"
             "Thursday's trip, he said, was one of a series of steps.\n")
    trip = [e for e in events(kz, "--source", "trip") if e["status"] == "extracted"]
    assert [e["title"] for e in trip] == ["Ambassador Yerzhan Kistafin visited the zephyr chamber on Thursday"]


def test_extracted_words_carry_no_control_character_and_no_markup_reaches_the_terminal(
        kz, home, tmp_path):
    add_text(kz, tmp_path, "evil.md", "---\ntitle: Evil note\ndate: 2024-05-20\n---\n"
             "Ambassador Yerzhan Kistafin met the [bold]zephyr[/bold] council on Monday \x1b[2J "
             "in Almaty\x07 to discuss the corridor, worth $5 million.\n")
    text = next((home / "records" / "extracted").glob("*.yaml")).read_text()
    import yaml

    items = yaml.safe_load(text)
    event = next(i for i in items if i["type"] == "event")
    fact = next(i for i in items if i["type"] == "fact")
    for value in (event["title"], event["summary"], fact["statement"]):
        assert "\x1b" not in value and "\x07" not in value, value
    assert "\x1b[2J" in event["sources"][0]["quote"]  # the quote stays verbatim
    assert kz("validate").code == 0
    for fmt in ("plain", "table", "tsv"):
        out = kz("timeline", "2024-05", "--format", fmt).out
        assert "[bold]" in out, (fmt, out)  # markup shown as the text it is
        assert "\x1b" not in out and "\x07" not in out


def test_each_date_of_a_sentence_titles_its_event_with_its_own_clause(kz, home, tmp_path):
    add_text(kz, tmp_path, "cargo.md", "---\ntitle: Cargo\ndate: 2024-08-16\n---\n"
             "On June 1 the zephyr containers sailed from Karachi on a feeder vessel and reached "
             "Jebel Ali in the United Arab Emirates on June 3.\n")
    found = {e["date"]: e for e in events(kz) if e["status"] == "extracted"}
    assert found["2024-06-01"]["title"] == "On June 1 the zephyr containers sailed from Karachi on a feeder vessel"
    assert found["2024-06-03"]["title"] == "reached Jebel Ali in the United Arab Emirates on June 3"
    # the summary and the quote stay the whole sentence
    assert found["2024-06-03"]["summary"].startswith("On June 1 the zephyr containers sailed")
    assert kz("validate").code == 0


def test_a_sum_written_after_its_currency_letters_is_extracted_and_kept(kz, home, tmp_path):
    # 'Rs17 billion' (no space) is read by the quote check as the extractor reads it, so the
    # fact is kept, not left out with a warning; and a word ending in a currency's letters
    # ('rivers 12') makes no sum in rupees
    added = add_text(kz, tmp_path, "brt.txt",
                     "Bus line opens\n\nKARACHI, Dec 10 (APP): The bus line, first estimated at nearly "
                     "Rs17 billion, opened on Friday. The depot lies between the two rivers 12 km "
                     "out of town.\n")
    assert "left out" not in added.err
    r = kz("search", "bus line estimated Rs17 billion", "--format", "plain", "--kind", "fact")
    assert "Rs 17 billion —" in r.out, r.out + r.err
    r = kz("search", "depot rivers 12 km", "--format", "plain", "--kind", "fact")
    assert "Rs 12" not in r.out
    assert kz("validate").code == 0
