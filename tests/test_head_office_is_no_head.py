"""A head office or headquarters is no head: 'Who will lead ...?' is answered by the paragraph
naming the person who will ('It will be led by Samina Qureshi'), not by one naming a minister
who spoke at the head office. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FUND = """\
---
title: Pakistan launches fund for overseas workers' housing
date: 2012-04-14
---
KARACHI — The government and the State Bank of Pakistan on Saturday launched the Overseas Workers Housing Fund, meant to help Pakistanis working abroad buy homes with money they send back.

Speaking at the launch at the bank's head office, Finance Minister Rashid Mehmood said the overseas workers housing fund would start lending within six months.

The fund is a joint body of the finance ministry and the central bank. It will be led by Samina Qureshi, a senior director at the bank, and will have its own board.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "head_office", {"fund.md": FUND})


def test_the_person_heading_it_answers(ask):
    assert "Samina Qureshi" in ask("Who will lead the Overseas Workers Housing Fund?")
