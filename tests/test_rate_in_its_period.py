"""A rate asked by its adjective ('daily', 'annual') is said in a text with its period ('a day',
'per year'): the paragraph giving it so answers. What the user sees: line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

MILK = """\
---
title: Varno dairy farmers threaten to raise milk price
date: 2025-10-04
---
VARNO: Dairy farmers in Varno threatened on Saturday to put the price of milk up to 300 dinars a litre after talks on milk with the city administration broke down.

The farmers say feed, fuel and veterinary costs have doubled since the last notified rate, and that demand keeps rising.

The city gets through about 80,000 litres of milk a day, drawn from herds kept in and around Varno.
"""


POWER = """\
---
title: Power use climbs in Varno
date: 2025-11-02
---
VARNO: Electricity consumption in Varno rose 4 percent last year and daily peaks set a record, the grid company said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "per_period", {"milk.md": MILK, "power.md": POWER})


def test_a_daily_amount_is_said_a_day(ask):
    assert "80,000 litres of milk a day" in ask("varno daily milk consumption litres")
