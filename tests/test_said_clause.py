"""A "what did X say ...?" question whose verb of saying is followed by a clause ('... say must
be enhanced?') asks what was said in that clause, whose words are searched: line 1 holds the
sentence saying it, not only the paragraph's first sentence, which names the speaker.

An invented item, taken from no document kzpk bundles and no evaluation set; the test reads line
1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

ROUNDTABLE = """\
Orlen round table on thirty years of ties with Tessa

Dr. Mira Sallow, Associate Professor, Department of International Relations, Northern Orlen Teachers' University, Vask discussed the diplomatic relations between Orlen and Tessa over three decades. She stated that both countries have common positions on many regional questions and a long record of political collaboration. The partnership is gaining momentum, she said, and the new air link has brought the two capitals closer than ever before. She also stated that Tessa is playing a growing role for enhancing trade in the region, especially with Orlen. Thus, scholarly exchanges and film festivals must be enhanced.

While giving the closing remarks, H.E. Tomas Brandt, Ambassador of Tessa to Orlen, thanked the Northern Orlen Teachers' University and the Vask Institute of Public Affairs for hosting the round table and stated that both countries must take bold steps for a shared future. He expressed a wish to hold a forum of chambers of commerce that would bring the traders of both countries together. He said that after many rounds of talks the two sides plan to reopen the rail freight line. He suggested that both sides should share data on grain stocks and river levels every season.
"""


def test_said_clause_is_what_line_one_shows(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"roundtable.md": ROUNDTABLE})
    line = line1_of(home)("What did the associate professor from the teachers' university in Vask "
                          "say must be enhanced?")
    assert "scholarly exchanges and film festivals" in line

