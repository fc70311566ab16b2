"""A query in small letters that spells out a body's name ('caspian grain exporters union
working languages') is held by a text that writes the body's acronym ('The CGEU's working
languages are ...'), as a query naming it in capitals is: the initials of three or more words in
a row that name a record. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

FOUNDED = """\
---
title: Grain exporters of five countries found a union in Aktau
date: 2024-03-05
---
AKTAU: Grain traders from Kazakhstan, Pakistan, Azerbaijan, Iran and Turkmenistan have founded the Caspian Grain Exporters Union (CGEU), with its seat in Aktau and a secretariat of twelve staff. The Caspian Grain Exporters Union elected a Kazakh miller, Daulet Serikbayev, as its first chairman.
"""

RULES = """\
---
title: Union sets its rules
date: 2024-04-10
---
The CGEU's working languages are Kazakh and English, its charter says, and its members meet twice a year.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "lowercase_initials",
                       {"founded.md": FOUNDED, "rules.md": RULES})


def test_the_acronym_holds_the_name_spelled_out_in_small_letters(ask):
    line = ask("caspian grain exporters union working languages")
    assert "Kazakh and English" in line
