"""'In which month ...?' is answered by a month ('blown up in March'), not by a weekday ('said
on Sunday') nor by a paragraph naming no month.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

STATUES = """\
VASK, Dec 30 (Orland Wire) - Orland's new government will restore the giant stone lions of Vask that the rebels destroyed earlier this year, the Minister for Culture, Ivo Marten, said on Sunday.

The two lions, carved into a cliff above the Vask valley some 1,800 years ago, were blown up in March in a week of shelling that caused outrage around the world.

Marten said the government would ask UNESCO for help before setting the dates of the work.
"""


def test_which_month_is_answered_by_a_month(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"statues.txt": STATUES})
    line = line1_of(home)("In which month were the stone lions of Vask destroyed by the rebels?")
    assert "in March" in line, line
