"""A question asks with the base form of a verb after 'did' ('What did she speak about?') where
the text gives its past ('spoke about'), which no stemmer reaches for an irregular verb: the
paragraph saying the past form answers, not one that only lists the speaker among those who
attended.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home

ROUND_TABLE = """\
Round table on the grain trade in Vask

VASK, 2 November 2025 – A round table on the grain trade between Orlen and Tessa was held in Vask on Tuesday by the Steppe Institute, with scholars from both provinces joining online.

The round table was attended by the head of the Steppe Institute Ansel Korr, the envoy of Tessa Pel Darro, the deputy director of the Orlen Institute of Law Dr. Lio Maren, the rector of Vask University Dr. Dana Orr, the trade officer of Orlen Mika Sand and scholars from both provinces, who met at the round table to discuss the grain trade.

Dr. Lio Maren spoke about the new rules on grain storage in Orlen and what they mean for growers.

Dr. Dana Orr gave the closing remarks and thanked the guests.

Mika Sand brought samples of wheat from the growers of Orlen.

"""


@pytest.mark.parametrize("question, answer", [
    ("What did Lio Maren speak about at the round table?", "grain storage"),
    ("What did Mika Sand bring to the round table?", "samples of wheat"),
])
def test_base_form_after_did_finds_the_past(tmp_path, question, answer):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"table.md": ROUND_TABLE})
    assert answer in line1_of(home)(question)


LEAGUE = """\
Steppe League explained

The Steppe League of provinces, SL for short, groups 11 that work together on roads and grain: Orlen, Tessa, Marn, Kessa, Dovre, Vask, Lorn, Pell, Tarn, Sorr and Illa.
"""

CHARTER = """\
Orlen charter amended

VASK, 3 June 2022 – Amendments to 33 articles of the Orlen charter are made under the referendum, making up a third of the charter of the provinces, the election office said, and more were made to its rules.
"""


def test_a_light_verb_is_not_read_as_its_past(tmp_path):
    # 'make up' asks nothing of texts where things 'are made'
    home = add_items(make_home(tmp_path / "home"), tmp_path,
                     {"league.md": LEAGUE, "charter.md": CHARTER})
    assert "groups 11" in line1_of(home)("How many provinces make up the SL?")
