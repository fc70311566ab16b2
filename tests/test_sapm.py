"""'SAPM', as Pakistan's press writes a prime minister's special assistant, is searched as
'special assistant' when no document writes it, and said so on stderr; the text naming 'the
prime minister's special assistant on ...' answers.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

DOSES = """\
---
title: First vaccine doses from Marn land in Vask
date: 2021-02-01
---
A plane carrying the first batch of vaccine doses gifted by Marn landed at Vask airport on Monday.

Dr Omar Lodi, the prime minister's special assistant on health, announced the arrival on Twitter and thanked Marn for the gift.
"""


def test_sapm_is_searched_as_special_assistant(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"doses.md": DOSES})
    r = run_kzpk(home, "search", "SAPM who announced the vaccine arrival on Twitter",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0 and "Omar Lodi" in r.out.splitlines()[0], (r.out, r.err)
    assert "no document writes 'SAPM'; searched for 'special assistant'" in r.err
