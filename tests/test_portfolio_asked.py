"""'Who was the minister for water resources at ...?' asks the holder of that portfolio
('Minister for Water Resources Syed Orlov'), not the prime minister the first paragraph names
for opening the plant: a post in small letters with its portfolio is a role with its body, as
'the president of the Institute of ...' is. And 'Who is the new chief of X?' is answered by 'X
is now run by <name>', a verb the role's holder does.

Invented news items, taken from no document kzpk bundles and no evaluation set, added to the
bundled corpus; each test reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, line1_of

ITEM = """\
---
title: "PM inaugurates the Vask dam's fourth extension"
date: "2018-03-11"
---

VASK — Prime Minister Tamar Orlen on Saturday formally inaugurated the 1,410 MW fourth extension of the Vask hydropower station.

The prime minister was accompanied by the President of Marn, Sardar Masood Tessa, the Governor of Tellur, Iqbal Zafar Orlen, Minister for Water Resources Syed Javed Orlov, Minister of State for Information Marriyum Kask and China's ambassador, Yao Jing. More than 500 guests from Vask and China attended the ceremony.
"""


FACTORY = """\
---
title: "Tellurcot gins cotton again in Marn after years of silence"
date: "2009-01-08"
---

MARN — The Tellurcot cotton factory in Marn city has started processing cotton again for the first time in years, and people in the north are treating it as a sign of better days.

The factory is now run by Hashmatullah Orlov, a commerce ministry employee who took up the post of chief only recently.

What survives of the old company sits under the commerce ministry, but since 2004 its core business, processing cotton, has been spun off into a French-Marnese joint venture, the New Marn Cotton Development Company, whose chief is French.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "portfolio",
                                       {"dam.md": ITEM, "factory.md": FACTORY}))


def test_the_portfolio_asked_is_the_post(ask):
    line = ask("Who was Vask's minister for water resources at the Vask dam fourth extension "
               "inauguration?")
    assert "Syed Javed Orlov" in line, line


def test_a_chief_is_who_runs_it(ask):
    line = ask("Who is the new chief of the Tellurcot cotton factory in Marn?")
    assert "Hashmatullah Orlov" in line, line
