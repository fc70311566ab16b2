"""Words of a question that are no subject no document mentions: a month misspelt ('febuary' is
February, as 'goverment' is government), a time before a month ('mid-January'), and an Arabic
name's article joined to it in small letters ('Alkharj' for 'Al-Kharj'). Each is answered, not
met with "no document mentions". Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

SCARE = """\
---
title: Bird flu reaches a farm near the capital
date: 2006-04-17
---
Bird flu was found in February at a poultry farm near the capital, and every bird there was culled.

Raza Khushnud, chairman of the Poultry Association, insisted at the time that the situation was under control.
"""

EGGS = """\
PESHAWAR, Jan 14 (Business Wire) - Eggs sold for as much as Rs540 a dozen in the city's markets on Sunday, the highest price traders can remember.

Dealers blamed the cold and the cost of feed.
"""

FARM = """\
---
title: Saudi Arabia culls flocks after bird flu outbreak
date: 2007-11-22
---
The ministry learned last week that about 1,500 birds had died on a farm in Al-Kharj, south of Riyadh; the rest of the flock was culled.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "calendar_and_article",
                       {"scare.md": SCARE, "eggs.txt": EGGS, "farm.md": FARM})


def test_a_misspelt_month_is_corrected(ask):
    assert "Raza Khushnud" in ask("poultry association chairman during the bird flu scare in febuary")


def test_a_time_before_a_month_is_no_subject(ask):
    assert "Rs540 a dozen" in ask("What did a dozen eggs cost in Peshawar in mid-January?")


def test_an_article_joined_in_small_letters(ask):
    assert "1,500 birds" in ask("How many birds died on the Alkharj farm?")
