"""'begin' and 'start' say one thing: 'When did construction of the third unit begin?' is
answered by 'Building work started ... in May 2016 for the third', not by the lead's date of
its opening. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

UNIT = """\
VASK, Feb 2, 2023 (Test Wire) - The prime minister inaugurated the third unit of the Vask Nuclear Power Plant (VANUPP) on Thursday, a 1,100-megawatt reactor completed with foreign assistance, during a one-day visit to the port city.

The unit, known as V-3, is the country's seventh nuclear power plant and the third at Vask. With it, the total nuclear generating capacity reaches 3,600 MW, officials said.

Speaking at the ceremony, the prime minister said the country needed cheaper home-grown power from solar, wind, coal and nuclear sources.

The groundbreaking for both new Vask units was performed by the then prime minister in November 2013. Building work started in August 2015 for the second unit and in May 2016 for the third, after approval by the regulator.
"""


BRIDGE = """\
ORLAN, May 2 (Test Wire) - The city council approved the construction of a footbridge over the river on Monday. Work will begin in the spring.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "begin_is_start", {"unit.txt": UNIT, "bridge.txt": BRIDGE})


def test_begin_is_answered_by_started(ask):
    assert "May 2016 for the third" in ask("When did construction of the third VANUPP unit begin?")
