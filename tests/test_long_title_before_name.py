"""A post with a long title set off by a comma before the name ('The Minister of Labour and
Social Protection of the Population, Serik ..., presented ...') names its holder, as a short one
does: 'Who is the labour minister that presented the bill?' is answered by that paragraph.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

NOTES = """\
---
title: Notes on the carers bill in the assembly
date: 2024-05-02
---
# Notes on the carers bill in the assembly

What was presented. The Minister of Labour and Social Protection of the Population, Ivo Marten, presented the bill on pensions for carers to the assembly, the lower house.

The bill raises the carers' pension by 16 percent from January.

Background. Kazakhstan signed the regional charter on the rights of carers on 11 December 2008.
"""


def test_a_long_title_before_the_name_names_the_holder(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"notes.md": NOTES})
    line = line1_of(home)("who is the kazakh labour minister that presented the carers bill")
    assert "Ivo Marten" in line, line
