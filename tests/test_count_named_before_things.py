"""A "how many" question is answered by the number standing before the very things it counts
('volunteers reached 4,210 villages'), before a number standing alone in another paragraph of
the item that holds as much of the question's other words ('The record for the most trees put
in the ground, 612,440, was set ...'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

DRIVE = """\
---
title: Sindh sets out to plant a million saplings in a day
date: 2019-08-05
---
KARACHI: Tens of thousands of volunteers went out across Sindh on Monday to plant a million saplings in a single day, the provincial government said.

The record for the most trees put in the ground, 612,440, was set in Balochistan in 2016.

Forest officials said volunteers reached 4,210 villages and that some 60 kinds of tree were raised for it in nurseries.

The chief minister planted the first sapling at a school in Hyderabad.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "count_named_before_things", {"drive.md": DRIVE})


def test_the_count_of_the_things_asked_answers(ask):
    line = ask("In how many villages did Sindh plant saplings in its one-day record attempt?")
    assert "4,210 villages" in line
