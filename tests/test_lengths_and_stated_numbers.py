"""'How long is the border?' or 'How long is it in km?' asks for a length, not a span of time;
and a number the question itself states ('Phase 2') is no count answering 'How many ...?'."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import HOW_FAR, HOW_LONG, ask_of

ROAD = """\
---
title: Upgraded mountain highway reopens to freight
date: 2022-06-01
---

GILGIT, June 1, 2022 (Northern Wire) - The upgraded Shimshal valley highway reopened to lorries on Wednesday after four years of work.

The road runs 212 km from Passu to the Chinese frontier and climbs to 4,600 metres. Engineers widened it to two lanes over its whole length.
"""

HOMES = """\
---
title: Contract signed for second phase of lakeside town
date: 2024-02-20
---

LAHORE, Feb 20, 2024 (Punjab Ledger) - Work on the second phase of Green Valley Town will start in April, officials said on Tuesday.

The groundwork was laid in 2023, when the Ministry of Housing and Works gave Ravi Builders the contract for Phase 2, Block C of Green Valley Town.

According to the ministry, that part of the town will provide 4,200 housing units for about 25,000 residents.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "lengths_stated_numbers",
                       {"road.md": ROAD, "homes.md": HOMES})


def test_how_long_a_road_is_a_length(ask):
    assert ask_of("How long is the Shimshal valley highway?") == HOW_FAR
    assert ask_of("how long is the highway in km") == HOW_FAR
    assert ask_of("How long did the work on the highway last?") == HOW_LONG
    line = ask("How long is the upgraded Shimshal valley highway?")
    assert "212 km" in line.rsplit(" — ", 1)[0]


def test_a_number_the_question_states_is_no_count(ask):
    line = ask("How many housing units will Phase 2, Block C of Green Valley Town provide?")
    assert "4,200 housing units" in line.rsplit(" — ", 1)[0]
