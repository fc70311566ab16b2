"""General English said in other words finds the text that says it its own way: 'rural
postmen' the villages served by postmen, 'doctoral' a PhD, 'self-government' autonomy, 'the
principal invitee at the closing part' the chief guest of the concluding session."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import synonyms

POST = """\
---
title: Kazpost to automate rural branches
date: 2015-12-22
---
By its 25th anniversary the operator said it delivers more than 3000 packages every hour, and drones and robot postmen have joined the bicycles of its staff.

A vice minister for investment and development told deputies that the country's villages are served by 7600 postmen. About 72% of Kazpost's branches work out of rented premises.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "said_in_other_words", {"post.md": POST})


def test_rural_is_said_of_villages(ask):
    assert "7600 postmen" in ask("kazakhstan rural postmen number")


def test_study_and_rule_in_other_words():
    assert "phd" in synonyms(["doctoral", "candidates"])[0]
    assert "autonomy" in synonyms(["its", "self-government"])[1]
    assert "guest" in synonyms(["principal", "invitee"])[1]
    assert "concluding" in synonyms(["closing", "part"])[0]
    assert "petrol" in synonyms(["gasoline", "motorist"])[0]
    assert "driver" in synonyms(["gasoline", "motorist"])[1]
