"""'FY', as budgets and the press write a fiscal year, is searched as 'fiscal year' when no
document writes it, and said so on stderr: a question asking 'In which FY ...?' is answered, not
ended as a subject no document mentions.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
what the user sees.
"""

from __future__ import annotations

from conftest import add_items, make_home, run_kzpk

REMIT = """\
---
title: Remittances from abroad reach a record
date: 2025-07-10
---
Workers from Orland abroad sent home a record $30.1 billion in the year to June.

- The fiscal year 2012-13 brought $13.92 billion, then a record.
- The fiscal year 2019-20 brought $23.1 billion.
"""


def test_fy_is_searched_as_fiscal_year(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"remit.md": REMIT})
    r = run_kzpk(home, "search", "In which FY did remittances to Orland reach $13.92 billion?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0 and "2012-13" in r.out.splitlines()[0], (r.out, r.err)
    assert "no document writes 'FY'; searched for 'fiscal year'" in r.err
