"""'By what date must ...?' asks a deadline: a day a story names as one ('before the 31 March
deadline'), not the day it reports on ('officials said on Sunday'), nor a month ('during
February'), nor its dateline's day. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

WIRE = """\
CHAMAN, Pakistan, March 3, 2024 (Border Wire) - More than 40,000 Afghans crossed home through Chaman during February, most of them pushed out, as returns rose ahead of the government's cut-off for undocumented Afghans to leave Pakistan, officials said on Sunday.

Trucks loaded with household goods queued for two kilometres on the road to the crossing, and aid workers handed out water and bread.

The provincial home department said it expected more families to leave before the 31 March deadline set for foreigners without papers.

Aid agencies have asked for more time for families with children in school.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "deadline_asked", {"chaman.txt": WIRE})


def test_a_deadline_is_the_day_named_as_one(ask):
    line = ask("By what date must undocumented Afghans be out of Pakistan?")
    assert "31 March deadline" in line
