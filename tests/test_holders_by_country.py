"""Several holders of a post asked for ('Which presidents did he meet ...?') are named by the
states they hold it in ('the presidents of Azerbaijan, Belarus and Tajikistan'): that sentence
answers, before one naming some other person. What the user sees: line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

SUMMIT = """\
---
title: PM at the Astana summit
date: 2022-10-14
---
ASTANA: Prime Minister Shehbaz Sharif flew to Astana on Wednesday for the summit of the Asian forum, held on 12-13 October.

The forum grew out of a proposal by the first president, Nursultan Nazarbayev, at the United Nations thirty years earlier; the summit in Astana marked that anniversary.

On the sidelines of the summit, Shehbaz held bilateral meetings with the presidents of Azerbaijan, Belarus and Tajikistan.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "holders", {"summit.md": SUMMIT})


def test_holders_named_by_their_states_answer_which_presidents(ask):
    line = ask("Which presidents did Shehbaz Sharif meet at the summit in Astana?")
    assert "Azerbaijan, Belarus and Tajikistan" in line
