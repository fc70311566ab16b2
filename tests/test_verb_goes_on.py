"""The verb a question asks by ('What did Pakistan donate ...?') counts for a paragraph that goes
on from the one before it ('The agency said Kazakhstan would get ...'): that paragraph tells of
the act the one before names, though it does not say the verb again. Line 1 of plain output, as
the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

RELIEF = """\
---
title: Pakistan donates emergency flood gear to Kazakhstan, pumps to Tajikistan
date: 2024-04-18
---
ISLAMABAD: Pakistan on Thursday sent shipments of aid to Tajikistan and Kazakhstan to help the two neighbours cope with the spring floods.

In two posts online, the disaster agency said the Tajiks had been donated 3,000 tents, 40 water pumps and 20 rescue boats. That equipment is to be carried by the Tajik Red Crescent.

The agency said Kazakhstan would receive 2,000 emergency tents, 6,000 blankets and 900 hygiene kits to support its response to the floods.

Earlier this month Pakistan sent rescue boats to Afghanistan. That shipment was part of Pakistan's pledge of help against the floods in the region.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "verb_goes_on", {"relief.md": RELIEF})


def test_a_paragraph_going_on_from_the_act_answers(ask):
    line = ask("What emergency equipment did Pakistan donate to Kazakhstan for the floods?")
    assert "2,000 emergency tents" in line
