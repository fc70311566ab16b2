"""Keywords naming a time of day by what happened at it ('... raid start time', '... arrival
time') ask the time, as 'At what time ...?' does: the line giving it ('at about 2:15 am'), not
one naming the thing and its day. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

RAID = """\
PESHAWAR, May 9 (Frontier Wire) - Police in Peshawar said on Tuesday that a gang had raided a currency exchange in the old city, taking cash worth Rs4 million, the third such raid in the city this year.

The raid began at about 2:15 am, when four men cut through the shutter. Guards called the police, who arrived twenty minutes later.

Officials said the currency exchange raid was being investigated by a special team.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "clock_keywords", {"raid.txt": RAID})


def test_start_time_in_keywords_asks_the_time_of_day(ask):
    line = ask("peshawar currency exchange raid start time")
    assert "at about 2:15 am" in line
