"""A question naming a thing by a designation of letters and a number ('Progress MS-33') is not
answered by a text naming only others of the series ('Progress MS-10', 'Soyuz MS-11'), though that
text holds more of the question's other words. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

EARLIER = """\
MOSKVA, Nov 1 (Orbit Test Wire) - A bent sensor caused last month's failed launch of the Vostok MS-10 crew ship, investigators said on Thursday.

The commission approved a new timetable: an unmanned Zarya MS-10 cargo ship on November 16, then the crewed Vostok MS-11 on December 3. The three people now on the station, Alan Gerst of the European agency, Sergei Prokov of Roscosmos and Serena Chancellor of NASA, will come home later in December, a few days after the new crew arrives.
"""

LATER = """\
---
title: Launch pad damaged as service cabin falls
date: 2025-11-28
source: Test Space News
---

# Launch pad damaged as service cabin falls

The only pad for sending crews to the station was badly damaged on Thursday when its heavy service cabin fell into the flame trench.

The next flight from the site, the uncrewed Zarya MS-33 freighter, had been planned for December 21 and is now in doubt. Only Zarya ships can carry propellant to the Russian segment of the station.
"""


def test_a_designation_asked_is_not_answered_by_another_of_its_series(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "designation", {"earlier.txt": EARLIER,
                                                         "later.md": LATER})
    line = ask("When was the Zarya MS-33 cargo ship supposed to launch?")
    assert "MS-33" in line and "December 21" in line
