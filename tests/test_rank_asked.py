"""'Where does X rank …?' asks for a standing ('ranked 21st', 'the third largest'), not a place;
'Where did the talks take place?' still asks for a place. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

BANK = """\
---
title: Islamic lender opens in the south
date: 2024-11-08
---
ALMATY, Nov 8 – Zaman Bank opened a branch in Shymkent on Friday, its first in the south of the country.

Zaman Bank, an Islamic lender, is ranked 21st among Kazakh banks by assets, its chairman said.
"""

TALKS = """\
---
title: Grain talks held
date: 2024-10-02
---
ASTANA, Oct 2 – Grain traders of the two countries met on Wednesday for talks that took place at the Rixos hotel in Astana.

The traders agreed to meet again in the spring and to rank their buyers by volume.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "rank", {"bank.md": BANK, "talks.md": TALKS})


def test_where_a_thing_ranks_is_its_standing(ask):
    assert "21st" in ask("Where does Zaman Bank rank among Kazakh banks by assets?")


def test_where_a_thing_took_place_is_a_place(ask):
    assert "Rixos hotel" in ask("Where did the grain traders' talks take place?")
