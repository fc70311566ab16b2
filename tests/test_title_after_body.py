"""'Which Met Office spokesman ...?' asks for the person holding the title ('spokesman') of the
body the question names first: the paragraph naming the spokesman answers, not the one naming
the mayor beside the words 'Met Office'.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

RAIN = """\
TESSA, Sept 8 (Orland Wire) - Tessa Mayor Ivo Marten said on Monday the city's drains could cope with about 40 millimetres of rain, as the Met Office warned of a deep storm near Tessa.

Addressing a press conference, the mayor said the big drains at the old port had been cleaned last month.

Orland Meteorological Department spokesman Ana Soll said the system had deepened into a "deep storm" and could bring winds of 60-70 km/h.
"""


def test_the_title_after_the_body_is_the_role_asked(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"rain.txt": RAIN})
    line = line1_of(home)("Which Met Office spokesman warned of a deep storm near Tessa?")
    assert "Ana Soll" in line, line
