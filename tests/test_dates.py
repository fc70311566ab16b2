"""kzpk/dates.py: the date rules every command shares, seen through what a user runs."""

from __future__ import annotations

from conftest import RECORDS, SOURCE, make_home, run_kzpk


def test_a_time_stamp_is_read_as_its_day_in_records_as_in_front_matter(tmp_path):
    # YAML reads an unquoted `2022-05-09 10:00:00` as a time stamp: front matter always took it
    # as its day; records now follow the same rule instead of calling it "not a valid date".
    source = SOURCE.replace('date: "2022-05-09"', "date: 2022-05-09 10:00:00")
    records = RECORDS.replace('date: "2022-05-09"\n  date_precision: day',
                              "date: 2022-05-09 10:00:00\n  date_precision: day")
    assert records != RECORDS and source != SOURCE
    home = make_home(tmp_path / "home", source, records)
    r = run_kzpk(home, "validate")
    assert r.code == 0, r.err
    r = run_kzpk(home, "timeline", "2022", "--format", "tsv")
    assert r.code == 0, r.err
    assert "2022-05-09\t" in r.out and "10:00" not in r.out


def test_a_passage_and_a_record_are_filtered_by_the_same_days(tmp_path):
    home = make_home(tmp_path / "home")
    inside = run_kzpk(home, "search", "roundtable", "--since", "2022-05-09", "--until", "2022-05",
                      "--format", "jsonl")
    assert inside.code == 0, inside.err
    kinds = {line.split('"kind": "')[1].split('"')[0] for line in inside.out.splitlines()}
    assert kinds >= {"passage", "event"}
    after = run_kzpk(home, "search", "roundtable", "--since", "2022-05-10", "--format", "jsonl")
    assert after.code == 1 and after.out == ""


YEAR_EVENT = """\
- id: 2023-trade-record
  type: event
  date: "2023"
  date_precision: year
  title: Trade record year
  summary: Commerce between the two countries reached a record.
  topics: [trade]
  sources:
    - {source: test-source, passage: "test-source#p2", quote: Bilateral trade reached $138 million in 2023}
"""


def test_an_event_says_its_date_once_in_each_form(tmp_path):
    home = make_home(tmp_path / "home", records=RECORDS + YEAR_EVENT)
    r = run_kzpk(home, "search", "record year", "--kind", "event", "--format", "plain")
    assert r.code == 0, r.err
    assert "2023: Trade record year" in r.out and "2023 (2023)" not in r.out
    r = run_kzpk(home, "search", "roundtable", "--kind", "event", "--format", "plain")
    assert "2022-05-09 (9 May 2022): Trade roundtable" in r.out


def test_a_sentence_states_a_date_in_any_of_its_written_forms():
    from kzpk.dates import mentions_date, strip_dates

    stated = ["signed on 24 February 1992", "on the 3rd-5th of May", "by February 24 the text",
              "in Feb 2003 and", "from Sept. 9", "on 2024-05-20", "since 2015", "in 2017",
              "talks on Monday", "last Thursday", "next Saturday's vote",
              # (an earlier year after 'in' too: a shrine 'put up by Babur in 1510')
              "put up by Babur in 1510"]
    for sentence in stated:
        assert mentions_date(sentence), sentence
    for sentence in ["Monday talks", "it may 2 be", "1992 saw", "in 1500 villages", "Mayor Akhmetov",
                     "Octopus 12"]:
        assert not mentions_date(sentence), sentence
    assert strip_dates("Signed on 24 February 1992 in Islamabad").split() == \
        ["Signed", "on", "1992", "in", "Islamabad"]
    assert strip_dates("Met last Wednesday and on March 3").split() == ["Met", "and", "on"]


def test_a_relative_date_points_the_way_its_verb_does():
    from kzpk.dates import stated_dates

    monday = "2026-03-16"
    cases = {
        "The minister will fly to Astana on Tuesday.": "2026-03-17",
        "The minister is to sign the accord on Tuesday.": "2026-03-17",
        "The delegation is due to arrive on Tuesday.": "2026-03-17",
        "The forum is expected to open on Tuesday.": "2026-03-17",
        "The meeting is scheduled to be held on Tuesday.": "2026-03-17",
        "The envoy arrives in Astana on Tuesday.": "2026-03-17",
        "On Tuesday the two ministers will sign it.": "2026-03-17",
        "Minister to begin Astana visit on Tuesday": "2026-03-17",  # a headline's future
        "The minister flew to Astana on Tuesday.": "2026-03-10",
        "The talks, which were held on Tuesday, covered trade.": "2026-03-10",
        "On Tuesday the two ministers signed it.": "2026-03-10",
        "Tokayev said on Tuesday that trade grew.": "2026-03-10",
        "The minister met the envoy on Monday.": "2026-03-16",
        "The minister meets the envoy on Monday.": "2026-03-16",
        "The envoy arrived yesterday.": "2026-03-15",
        "The envoy arrives tomorrow.": "2026-03-17",
        "Talks were held last month.": "2026-02",
        "Talks were held earlier this month.": "2026-03",
        "Talks will be held later this month.": "2026-03",
        "Trade grew this year.": "2026",
        "Trade grew last year.": "2025",
    }
    for sentence, date in cases.items():
        found = stated_dates(sentence, monday, "front matter")
        assert [f.date for f in found] == [date], sentence
        assert "2026-03-16" in found[0].note, sentence
    # the future of a past day ('was due to') does not say which way: the past, said in the note
    (found,) = stated_dates("The delegation was due to arrive on Tuesday.", monday)
    assert found.date == "2026-03-10" and "'was due to' does not say" in found.note
    # a day without a year still to come lies ahead, one reported lies behind
    assert stated_dates("The forum opens on 2 January.", "2026-12-20")[0].date == "2027-01-02"
    assert stated_dates("The forum opened on 20 December.", "2027-01-05")[0].date == "2026-12-20"


def test_a_day_without_a_year_takes_the_year_its_sentence_states():
    from kzpk.dates import stated_dates

    sentence = ("Pakistan recognised Kazakhstan on 20 December 1991, four days after Kazakhstan "
                "declared its independence on 16 December.")
    # the sentence's year, not the document's (2016) nor none (an undated document)
    for doc in ("2016-02-09", None):
        found = stated_dates(sentence, doc)
        assert [f.date for f in found] == ["1991-12-20", "1991-12-16"], doc
        assert "'20 December 1991' in the same sentence" in found[1].note
    # a span over the new year: the first day in the year before
    (span,) = stated_dates("Talks ran from 30 December to 2 January 2024.", None)
    assert (span.date, span.end) == ("2023-12-30", "2024-01-02")


def test_a_year_the_sentence_states_for_another_thing_does_not_date_a_day():
    from kzpk.dates import stated_dates

    # 'the Dec. 22 session' of an item of 27 December 2022 is 2022-12-22, whatever year the
    # deliveries the sentence also names fall in
    found = stated_dates("They signed nine documents at the Dec. 22 session, six of them on "
                         "deliveries between March and June 2023.", "2022-12-27")
    assert found[0].date == "2022-12-22" and "document's date" in found[0].note
    # a span written with its year once, against an item of the year before
    (span,) = stated_dates("EXPO 2017 runs from June 10 to Sept. 10, 2017 in Astana.", "2016-05-01")
    assert (span.date, span.end) == ("2017-06-10", "2017-09-10")
