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
