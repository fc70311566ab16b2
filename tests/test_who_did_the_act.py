"""A "who" question asking no role ('Who signed the memorandum ...?') is answered by the sentence
saying the act it asks about ('The document was signed ... by the director of StIGS, Dr Lio
Maren'), though the name stands far from the question's words there, not by a later sentence
naming the same person beside another of its words ('Dr Maren said her institute ...'): line 1
starts at the act.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

MEMO = """\
StIGS and VCT sign research memorandum

Two policy institutes, one in Orlen and one in Vask, put their names to a memorandum of understanding on 24 November 2021. The partners are the Steppe Institute for Grain Studies (StIGS) and the Vask Centre for Trade (VCT), a research body.

Under the memorandum the two institutes will work together on research in fields of common interest, each acting on behalf of its province.

The document was signed for the Orlen side by the director of StIGS, Dr Lio Maren, and for the Vask side by the executive director of VCT. Dr Maren said her institute wanted to begin joint analytical research on grain, and noted that 2022 would be an important year for the two provinces.
"""


def test_the_sentence_saying_the_act_asked_answers(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"memo.md": MEMO})
    line = line1_of(home)("Who signed the memorandum with VCT on behalf of the Steppe Institute "
                          "for Grain Studies?")
    assert "The document was signed for the Orlen side by the director of StIGS, Dr Lio Maren" \
        in line


ACCORD = """\
Orlen and Vask sign flood accord

VASK, June 22 – Orlen and Vask on Friday signed an accord on flood warning and relief, to share river gauges and send rescue teams across the border.

The document was signed by the head of the Flood Authority, General Pel Darro, and by Aibek Tursunov, deputy head of the rivers ministry of the other side.

Speaking at the ceremony, the Orlen Flood Authority chief called the signing of the flood accord with Vask a big step. The flood accord, General Darro said, gives the two sides a legal basis for their flood work.
"""


def test_the_act_said_with_its_doer_after_it_answers(tmp_path):
    # 'was signed by ...' says who did the act asked about; 'called the signing ... a big
    # step' only speaks of it, though its paragraph holds more of the question's words
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"accord.txt": ACCORD})
    line = line1_of(home)("Who signed the flood accord with Vask for the Orlen Flood Authority?")
    assert "The document was signed by the head of the Flood Authority, General Pel Darro" \
        in line
