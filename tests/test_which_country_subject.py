"""'Which country was admitted as a member ...?' asks for the country a sentence names as the one
admitted ('when the Republic of Korea was admitted'), which seldom stands after 'in', 'at' or
'to': it is no question of where, and a paragraph naming a place ('ALMATY, June 17', 'to
represent Pakistan') does not answer it. 'Which country did X visit?' and 'In which country was
... held?' still ask where. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

SUMMIT = """\
---
title: Musharraf backs the conference's secretariat as Asian leaders meet in Almaty
date: 2006-06-17
---
ALMATY, June 17 (APP) – President Pervez Musharraf on Saturday told the second summit of the Conference on Interaction and Confidence Building Measures in Asia (CICA) in Almaty that he considered it a special privilege to represent Pakistan and to continue his association with an initiative President Nursultan Nazarbayev launched.

He said Pakistan supported a permanent secretariat for the conference and would contribute to its work.

The conference grew to 18 members at the summit when the Republic of Korea was admitted as a full member. Ukraine attended as an observer for the first time.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "which_country_subject", {"summit.md": SUMMIT})


def test_which_country_was_admitted(ask):
    line = ask("Which country was admitted to the Asian confidence-building conference as a "
               "full member at its second summit in Almaty, bringing it to 18 members?")
    assert "Republic of Korea" in line


def test_which_country_did_asks_where():
    from kzpk.question import WHERE, ask_of

    assert ask_of("Which country did Nazarbayev visit first?") == WHERE
    assert ask_of("In which country was the summit held?") == WHERE
