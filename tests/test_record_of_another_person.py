"""A record speaking only of another person than the one a question names (the bundled event
'Nawaz Sharif's official visit to Kazakhstan' for a question on Shehbaz Sharif's visit) is not
carried above the user's paragraph naming the one asked by its boosted title and names fields."""

from __future__ import annotations

from conftest import add_items, run_kzpk

VISIT = """\
PM's two-day trip ends with energy deals

DUSHANBE, Dec 12 (Pamir Wire) - Talks in Dushanbe ended on Thursday with three energy memoranda.

Prime Minister Shehbaz Sharif's trip to Tajikistan took place on December 11-12 at the invitation of President Rahmon.
"""


def test_a_record_of_another_sharif_does_not_answer(real_copy, tmp_path):
    add_items(real_copy, tmp_path, {"visit.txt": VISIT})
    r = run_kzpk(real_copy, "search", "When did Shehbaz Sharif pay his official visit to "
                 "Tajikistan?", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    line = r.out.splitlines()[0]
    assert "Nawaz" not in line
    assert "December 11-12" in line.rsplit(" — ", 1)[0]
