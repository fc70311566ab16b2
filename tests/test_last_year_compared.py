"""A sentence giving this year's figure against last year's ('991,000 tons in July–September,
up from 596,000 tons in the first quarter of last year') is of this year, not of last year: it
answers a question about this year, over a sentence giving a part of it ('September alone
accounted for 374,000 tons'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

RICE = """\
---
title: Rice earns Vaskaria $4 billion
date: 2024-10-23
---
Vaskaria's rice trade had its best year on record in fiscal 2024, bringing in $4 billion, according to the investment council.

The new fiscal year opened strongly. Official figures show Vaskaria exported 991,000 metric tons of rice in July–September, up from 596,000 tons in the first quarter of last year, earning $721.8 million against $406.4 million. September alone accounted for 374,000 metric tons worth $257.2 million.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "last_year_compared", {"rice.md": RICE})


def test_a_figure_set_against_last_years_is_of_this_year(ask):
    assert "991,000 metric tons" in ask(
        "How many metric tons of rice did Vaskaria export in July–September 2024?")
