"""An informal spelling ('thru' for 'through') is read as the word it stands for and said as a
correction, not taken for a subject no document mentions (exit 1 with 'did you mean thus?').

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

CORRIDOR = """\
Orlen and Tessa open an air corridor

In July 2023 a direct air corridor was opened between Orlen and Tessa, through which more than 5,000 kilograms of air cargo have been carried, besides passengers.
"""


def test_thru_is_through(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"corridor.md": CORRIDOR})
    line = line1_of(home)("how many kilograms of air cargo went thru the air corridor")
    assert "5,000 kilograms" in line
