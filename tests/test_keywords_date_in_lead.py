"""Keywords asking a date by saying so ('... signing date ...') are answered by the first
paragraph of a news item that gives the date, not by a later paragraph that holds more of the
keywords ('modi ghani') but no date."""

from __future__ import annotations

import pytest

from conftest import items_asker

DEAL = """\
---
title: India and Iran sign Farhad dam deal
date: 2022-03-09
---

India and Iran signed an agreement on Tuesday, 8 March 2022, for India to build the Farhad dam north of Mashhad, a project meant to give the city clean drinking water.

The memorandum was signed by the two foreign ministers during a virtual summit between President Raisi and Prime Minister Modi, who called the dam a gift of friendship.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "keywords_date_in_lead", {"deal.md": DEAL})


def test_signing_date_from_the_first_paragraph(ask):
    line = ask("farhad dam agreement signing date modi raisi")
    assert "8 March 2022" in line.split(" — ")[0]
