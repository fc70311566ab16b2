"""A "who" question naming a body in full ('the Steppe Grain Council') is not answered by the
paragraph that names that body with its acronym ('The Steppe Grain Council (SGC) held ...'):
the body is what the question is about, not who it asks for. The item's paragraph naming the
person asked for answers.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

BOARD = """\
Grain council board meets in Vask

VASK, 6 May 2025 – The Steppe Grain Council (SGC), the league's body for the grain trade, held the ninth meeting of its Executive Board in Vask, a town famed across the steppe for its mills. Senior officials of member provinces, heads of departments and the council's secretariat reviewed its plans for the coming years.

Sitting on the board were its chairman, Ansel Korr of Tessa; its honorary chairman, Lio Maren of Kessa; Pel Darro of Orlen; and members from Marn and Dovre.

The chairman opened the session and thanked the town of Vask for its hospitality, calling the council a platform for the grain trade of the whole steppe.

Orlen and Tessa both sit on the board; Orlen was also represented at the board's eighth meeting, held in Kessa in June 2023 to prepare the council's fourth general assembly in Dovre.
"""

# other items of the pile tell of Orlen's seats on other boards: the words the question shares
# with the item's last paragraph are common, those of the body it names are not
SEATS = """\
Orlen keeps its seats

DOVRE, 2 March 2025 – Orlen was represented on the board of the Marn water company for a tenth year, and Orlen's envoy said Orlen would stay represented there.
"""

RAIL = """\
Orlen joins rail board

KESSA, 9 April 2025 – Orlen will be represented on the board of the Kessa rail line, its transport office said, and Tessa on the board of the Marn road.
"""


def test_who_asked_of_a_body_named_in_full_is_no_body(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"board.md": BOARD, "seats.md": SEATS, "rail.md": RAIL})
    line = line1_of(home)("Who represented Orlen on the Steppe Grain Council's Executive Board in Vask?")
    assert "Pel Darro" in line
