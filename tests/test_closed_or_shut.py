"""'closed' and 'shut' say one thing: 'Since when had all the restaurants been closed?' is
answered by '... had already been shut since 18 November 2022', not by a sentence that says
'closed' of something else. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

BURGERS = """\
---
title: Orlburger signs come down in Orlan as franchisee quits the brand
date: 2023-01-06
---
ORLAN — Crews started stripping the logos and other Orlburger branding off the chain's restaurants in Vaskaria on Friday. The first building to lose its signs was the outlet at the crossing of two central streets in Orlan.

The local operator said on Thursday that the chain it runs would stop trading under the Orlburger name in the country because of supply restrictions.

All 24 restaurants, in Orlan, Vask and four other cities, had already been shut since 18 November 2022, when the company cited "local supply restrictions" and promised to reopen as soon as it could. The brand arrived in Vaskaria in 2016.

The franchise belongs to a businessman who was detained in March on embezzlement charges.

A member of staff at one of the closed restaurants said they might open again later this month, possibly without a name. The management company said the new name and opening dates would be announced soon, and that the menu would stay the same.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "closed_or_shut", {"burgers.md": BURGERS})


def test_closed_is_answered_by_shut(ask):
    assert "18 November 2022" in ask(
        "Since when had all Orlburger restaurants in Vaskaria been closed?")
