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


# the question names a body in full that the text gives with an acronym of its own capitals
# ('StIGS'), after a name the text writes longer than the question does ('... under the Governor
# of Orlen (StIGS)')
MEMO = """\
StIGS and VCT sign research memorandum

Two policy institutes, one in Orlen and one in Vask, put their names to a memorandum of understanding on 24 November 2021. The partners are the Steppe Institute for Grain Studies under the Governor of Orlen (StIGS) and the Vask Centre for Trade (VCT), a research body.

Under the memorandum the two institutes will work together on research in fields of common interest and on joint projects: conferences, seminars and studies, each acting on behalf of its province.

The document was signed for the Orlen side by the director of StIGS, Dr Lio Maren, and for the Vask side by the director of VCT. Dr Maren said her institute wanted to begin joint research on grain.
"""


def test_who_asked_of_a_body_named_by_its_acronym_s_capitals_is_no_body(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"memo.md": MEMO})
    line = line1_of(home)("Who signed the memorandum with VCT on behalf of the Steppe Institute "
                          "for Grain Studies?")
    assert "Maren" in line  # (the paragraph naming her: where she signed, or what she said)
