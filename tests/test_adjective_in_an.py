"""A question naming a country by its people's adjective in '-an' or '-ian' ('Which Iranian
president ...?', 'the Korean delegation') is held by a text that names the country ('Iran's
President ...', 'Korea'), as 'Kazakh' is by 'Kazakhstan'. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

SUMMIT = """\
---
title: Astana hosts the grouping's anniversary summit
date: 2011-07-02
---
ASTANA: Leaders of the member states met in the Kazakh capital for the grouping's tenth-anniversary summit on Wednesday.

Iran's President Mahmoud Ahmadinejad and Pakistan's President Asif Ali Zardari attended the summit as guests.

A delegation from Korea took part in a business forum held alongside the meeting.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "adjective_in_an", {"summit.md": SUMMIT})


def test_an_adjective_in_ian_is_held_by_its_country(ask):
    line = ask("Which Iranian president attended the anniversary summit in Astana as a guest?")
    assert "Mahmoud Ahmadinejad" in line
