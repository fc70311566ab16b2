"""'How far ...?' asks a distance: it is answered by the sentence giving one ('about 25 km north
of Vask'), not by the paragraph holding more of the question's words but no distance.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

SKI = """\
Orlen hosts the Marn Cup at the air force ski resort

The commander of the Northern Force, Maj Gen Tomas Brandt, and Air Vice Marshal Anna Sallow gave away the medals at the air force's ski resort in the northern region, whose capital is Vask. The foreign skiers came from Tessa and Verenia.

The resort lies about 25 km north of Vask in the mountains and has hosted international races since 2015. Races were held in slalom and giant slalom.
"""


def test_how_far_is_answered_by_a_distance(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"ski.md": SKI})
    line = line1_of(home)("How far is the air force's ski resort from the capital of the northern "
                          "region?")
    assert "25 km" in line

