"""'The deer now number about 41,500 animals' counts the deer, as '41,500 deer' does: the
sentence giving the count a "how many" question asks answers, not the next one counting the
same things a year before ('the 31,900 deer counted a year earlier').

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

COUNT = """\
---
title: Vask deer herds top 40,000 after spring survey
date: 2022-06-08
---
# Vask deer herds top 40,000 after spring survey

Orland's vask deer now number about 41,500 animals, according to figures from this spring's aerial count that the ranger Ivo Marten posted in late May. That is 30 percent more than the 31,900 deer counted a year earlier, he wrote.

Most of the herds graze in the western steppe.
"""


def test_things_that_number_a_count_are_counted(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"deer.md": COUNT})
    line = line1_of(home)("How many vask deer were counted in Orland in the spring 2022 aerial survey?")
    assert "41,500" in line, line
