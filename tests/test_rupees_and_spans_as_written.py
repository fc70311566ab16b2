"""What a record says stands in its quote: a sum in 'Rs' from a user's document is kept in
rupees as written, not made Pakistani rupees (India's, Sri Lanka's and Nepal's are 'Rs' too),
and a span of days within one month is written as a source writes it ('8–9 December 2003')."""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

LOTTERY = """\
---
title: Auto driver wins festival bumper lottery
date: 2022-09-19
---
THIRUVANANTHAPURAM - An autorickshaw driver from Sreevaraham won the state's festival bumper lottery, a prize of Rs 25 crore, the largest it has offered.
"""


def test_a_sum_in_rs_is_not_made_pakistani(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"lottery.md": LOTTERY})
    r = run_kzpk(home, "search", "festival bumper lottery prize", "--format", "plain",
                 "--kind", "fact")
    assert r.code == 0, r.err
    assert "Rs 250 million —" in r.out and "PKR" not in r.out, r.out


def test_a_span_within_a_month_as_a_source_writes_it(real_home):
    r = run_kzpk(real_home, "search", "Nazarbayev official visit to Pakistan 2003", "--format",
                 "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "(8–9 December 2003)" in r.out.splitlines()[0], r.out
