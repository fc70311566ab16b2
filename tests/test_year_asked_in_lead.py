"""'How much housing did X commission in 2024?' over a news item whose first paragraph gives the
figure for 2024 ('put 18.96 million square metres of housing into service in 2024') and a later
paragraph the question's verb with the figure of other years ('had to commission 111 million
square metres by 2029, under a concept for 2023-2029'): the first paragraph answers; the later
one names no year asked, only a span around it. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

HOUSING = """\
---
title: Uzbekistan's housing build hits a record
---

Uzbekistan put 9.4 million square metres of housing into service in 2021, according to a government report, the most in any year.

In all, 81,200 flats and houses were finished last year, most of them in Tashkent region.

Builders blamed dearer cement for slower work in the spring.

In March 2020 the prime minister told the cabinet that the country had to commission 60 million square metres of housing by 2026, under the housing concept for 2020-2026.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "year_asked_in_lead", {"housing.md": HOUSING})


def test_the_figure_of_the_year_asked(ask):
    assert "9.4 million square metres" in ask("How much housing did Uzbekistan commission in 2021?")
