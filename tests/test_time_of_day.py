"""'What time did ...?' asks a time of day: it is answered by the sentence giving one ('The
tremor struck at 03:20 local time'), not by the dateline sentence holding more of the question's
words but no time.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

QUAKE = """\
Magnitude 5.7 quake strikes 148 km east of Vask

VASK, 31 May 2012 (Orlen Wire) - An earthquake of magnitude 5.7 was recorded early on Thursday 148 kilometres east of Vask, the national seismology centre reported.

The tremor struck at 03:20 local time. Its focus lay at a depth of 25 kilometres, with the epicentre 186 kilometres south of Marn.

No damage or casualties were reported, the emergencies ministry said.
"""


def test_what_time_is_answered_by_a_time_of_day(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"quake.txt": QUAKE})
    line = line1_of(home)("what time did the quake east of vask hit")
    assert "03:20" in line
