"""Which paragraph of a news item answers 'Which Qatari company ...?': the first paragraph
naming "Qatar's ...", not a later one holding more of the question's words and naming no Qatari.
Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

TELE2 = """\
---
title: "Qatar's Power International Holding to buy Tele2/Altel operator from Kazakhtelecom"
date: 2024-06-19
---
ASTANA — Kazakhtelecom, the state-controlled telecoms group, will sell its mobile subsidiary Mobile Telecom-Service, which trades under the Tele2 and Altel brands, to Qatar's Power International Holding for about $1.1 billion, the minister said on Tuesday.

The sale unwinds years of consolidation. Tele2 came in at the end of 2009, agreeing to buy 51 per cent of the small NEO network from Kazakhtelecom, and in 2015 the two mobile businesses were merged into a joint venture with Altel.

Kazakhtelecom's shareholders approved the sale this month, but the company has not published the price.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "people_asked", {"tele2.md": TELE2})


def test_the_people_asked_named_in_the_first_paragraph(ask):
    line = ask("Which Qatari company is buying Kazakhtelecom's Tele2 and Altel mobile "
               "business?")
    assert "Power International Holding for about" in line, line
