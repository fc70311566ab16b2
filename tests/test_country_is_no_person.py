"""A country or city named in two capitalised words ('South Korea', 'Hong Kong') is no person:
a "who" question is answered by the paragraph naming the person who did what is asked, not by
one listing countries.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

TWINNING = """\
---
title: Vask lines up five more sister cities, Marn among them
date: 2019-09-12
source: Vask Municipal Watch
---

VASK — Vask is set to add sister cities in five more countries. The Commissioner of Vask Division, Tomas Brandtov, who also serves as administrator of the Metropolitan Corporation Vask (MCV), has prepared a summary and sent it to the provincial chief minister for approval.

Under the summary the MCV administrator would sign twinning agreements with the municipal heads of the cities concerned. The proposed partners are Marn in Orlen, Tessa in Verenia and a city in the north of Arvania.

The city last gained a sister city in 2016, when a city of Orlen was added to the list. Vask already holds sister-city status with 17 cities in 14 countries, among them cities in China, Turkey, South Korea, Belgium, Spain, Iran, Britain, the United States and Belarus.
"""


def test_who_is_not_answered_by_a_list_of_countries(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"twinning.md": TWINNING})
    line = line1_of(home)("Who prepared the summary proposing new sister cities for Vask in 2019?")
    assert "Tomas Brandtov" in line
