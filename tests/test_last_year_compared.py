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


TIMBER = """\
---
title: Vaskaria plans 21 wood-processing projects
date: 2023-03-16
---
ORLA: Vaskaria plans 21 new wood-processing projects by 2025, the first deputy prime minister said on Thursday.

Output of the wood-processing industry has grown each year: 26.3 billion tenge in 2020, 29.7 billion tenge in 2021 and 32.8 billion tenge last year. Capital investment in the sector in 2022 was 3.5 times higher than a year earlier.
"""


def test_a_year_asked_said_as_last_year_beside_others(tmp_path_factory):
    # the sentence states 2020 and 2021, and gives 2022's figure as 'last year' (the item is of
    # 2023): it is no sentence of other years only
    ask = items_asker(tmp_path_factory, "said_as_last_year", {"timber.md": TIMBER})
    assert "32.8 billion tenge" in ask(
        "What was the output of Vaskaria's wood-processing industry in 2022?")
