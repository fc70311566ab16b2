"""'Who was the minister for water resources at ...?' asks the holder of that portfolio
('Minister for Water Resources Syed Orlov'), not the prime minister the first paragraph names
for opening the plant: a post in small letters with its portfolio is a role with its body, as
'the president of the Institute of ...' is.

An invented news item, taken from no document kzpk bundles and no evaluation set, added to the
bundled corpus; the test reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import bundled_with_items, line1_of

ITEM = """\
---
title: "PM inaugurates the Vask dam's fourth extension"
date: "2018-03-11"
---

VASK — Prime Minister Tamar Orlen on Saturday formally inaugurated the 1,410 MW fourth extension of the Vask hydropower station.

The prime minister was accompanied by the President of Marn, Sardar Masood Tessa, the Governor of Tellur, Iqbal Zafar Orlen, Minister for Water Resources Syed Javed Orlov, Minister of State for Information Marriyum Kask and China's ambassador, Yao Jing. More than 500 guests from Vask and China attended the ceremony.
"""


def test_the_portfolio_asked_is_the_post(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "portfolio", {"dam.md": ITEM}))
    line = ask("Who was Vask's minister for water resources at the Vask dam fourth extension "
               "inauguration?")
    assert "Syed Javed Orlov" in line, line
