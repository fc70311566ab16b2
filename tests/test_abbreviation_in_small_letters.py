"""An abbreviation typed in small letters in hurried keywords ('ceo', 'mou') is searched as what
it stands for, as 'CEO' and 'MoU' are: 'ceo' is no misspelt 'co', and the answer is found, not
"nothing found".

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home, run_kzpk

WIND = """\
---
title: Varn Energy plans a wind farm in Orland
date: 2024-06-10
---
# Varn Energy plans a wind farm in Orland

Before the Tessa forum the Orland ambassador to Verenia, Ivo Marten, met Varn Energy's chief executive Ana Soll to discuss a wind farm of one gigawatt.
"""


def test_ceo_in_small_letters_is_searched_as_chief_executive(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"wind.md": WIND})
    line = line1_of(home)("orland ambassador met varn energy ceo")
    assert "Ana Soll" in line, line
    # 'it' in small letters stays the pronoun, not 'information technology'
    result = run_kzpk(home, "search", "what is it", "--format", "plain")
    assert "information technology" not in result.out.lower()


BOOKS = """\
---
title: Orland scholars bring home copies of old books from Britain
date: 2024-03-20
---
# Orland scholars bring home copies of old books from Britain

Scholars from Orland spent two months in the libraries of Britain and came home with copies of 300 old books.

Among the finds in Leeds is a psalter of the 12th century with one of the earliest translations into the Orland language.
"""


def test_english_is_searched_as_the_country(tmp_path):
    """'English' names England as 'British' names Britain: searched for the country a document
    writes, and said so."""
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"books.md": BOOKS})
    r = run_kzpk(home, "search", "In which English city did the Orland scholars find the psalter?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0 and "Leeds" in r.out.splitlines()[0], (r.out, r.err)
    assert "no document writes 'English'; searched for 'Britain'" in r.err


FUEL = """\
---
title: Orland caps fuel prices for 180 days
date: 2015-05-30
---
# Orland caps fuel prices for 180 days

The energy ministry of Orland has capped the retail price of liquefied gas for cars for 180 days.

In the western Tessa and Vask regions the ceiling is 50 florins a litre, or 55 florins in remote places.
"""


def test_lpg_in_small_letters_is_searched_as_liquefied_gas(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"fuel.md": FUEL})
    r = run_kzpk(home, "search", "lpg cap 50 florins litre which regions", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0 and "Tessa and Vask" in r.out.splitlines()[0], (r.out, r.err)
