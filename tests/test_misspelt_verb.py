"""A misspelt verb ('thnaked') that a document holds spelt right ('thanked') is searched as the
word spelt right, as the verb written right would be, and said as a correction: the paragraph
saying it answers, not the one listing everyone who attended.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output and stderr, as the user does.
"""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

ROUND_TABLE = """\
Round table on the grain trade in Vask

VASK, 2 November 2025 – A round table on the grain trade between Orlen and Tessa was held in Vask on Tuesday by the Steppe Institute, with scholars from both provinces joining online.

The round table was attended by the head of the Steppe Institute Ansel Korr, the envoy of Tessa Pel Darro, the deputy director of the Orlen Institute of Law Dr. Lio Maren, the rector of Vask University Dr. Dana Orr and scholars from both provinces, who met at the round table to discuss the participants' papers on the grain trade.

The rector of Vask University, Dr. Dana Orr, thanked the participants.
"""


def test_misspelt_verb_is_searched_spelt_right(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"table.md": ROUND_TABLE})
    r = run_kzpk(home, "search", "Who thnaked the participants at the round table?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "thanked the participants" in r.out.splitlines()[0]
    assert "thanked" in r.err  # the correction is said
