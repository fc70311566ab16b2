"""'Which two other countries were admitted ...?' asks for a list of names as 'Which countries
were admitted ...?' does, of two names besides those the question gives: the paragraph naming
'Pakistan, India and Iran' answers, not one saying only that Pakistan was admitted
then. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

SUMMIT = """\
---
title: Pakistan joins the grouping as an observer
date: 2005-07-05
---
ASTANA: Pakistan took its place as an observer of the regional grouping on Tuesday after the leaders of the six member states, meeting in the Kazakh capital, agreed to admit Pakistan, India and Iran in that capacity.
"""

BACKGROUND = """\
---
title: A note on the regional grouping
date: 2017-05-01
---
The grouping was founded in 2001. Pakistan was admitted as an observer of the grouping at its summit in Astana in July 2005.
"""

TRADE = """\
---
title: Trade figures for the year
date: 2006-01-10
---
Kazakhstan's trade with other countries grew by a fifth last year, the statistics agency said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "which_two_other", {"summit.md": SUMMIT,
                                                             "background.md": BACKGROUND,
                                                             "trade.md": TRADE})


def test_which_two_other_countries(ask):
    line = ask("Which two other countries were admitted as observers of the grouping together "
               "with Pakistan in July 2005?")
    assert "India and Iran" in line
