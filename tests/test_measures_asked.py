"""A measure answers 'How much ...?' and 'How tall/deep/far ...?' as money or a count does:
'rises 112 metres', 'about 40 millimetres of rain', '4,200 acres', '600 MW'.

Invented news items, taken from no document kzpk bundles and no evaluation set; the tests read
line 1 of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import items_asker

TOWER = """\
---
title: Minister opens the Varn tower in Tessa
date: 2024-05-02
---
# Minister opens the Varn tower in Tessa

The culture minister of Orland on Thursday opened the Varn tower, the old watchtower of Tessa, after a restoration that took four years and was paid for by the city.

The tower was put on the national heritage list in 1998 and draws many visitors a year. It rises 112 metres and carries a bronze bell cast in 1610.

Restorers replaced the wooden stairs of the Varn tower and cleaned its stone, the minister said.
"""

RAIN = """\
TESSA, Sept 8 (Orland Wire) - Tessa Mayor Ivo Marten said on Monday the city's drains could cope with about 40 millimetres of rain but anything heavier would overwhelm them, as the weather office warned of a storm.

Addressing a press conference, the mayor said the big drains at the old port had been cleaned last month.

Weather office spokesman Ana Soll said the storm had deepened and could bring winds of 60-70 km/h. More than 100 mm of rain could fall on Tessa by Wednesday, she said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "measures", {"tower.md": TOWER, "rain.txt": RAIN})


def test_how_tall_is_answered_by_metres(ask):
    line = ask("How tall is the Varn tower in Tessa?")
    assert "112 metres" in line, line


def test_how_much_rain_is_answered_by_millimetres_the_mayor_gave(ask):
    line = ask("How much rain can Tessa's drains handle, according to the mayor?")
    assert "40 millimetres" in line, line


