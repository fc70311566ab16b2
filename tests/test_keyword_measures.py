"""Keywords naming a measure or a budget ask for a figure: 'shandur polo ground elevation' is
answered by the sentence giving its height in feet, not by the first paragraph calling it the
world's highest; 'cattle show security budget' by the sum earmarked for security. Line 1 of
plain output on a copy of the bundled home with an evaluation pile's items added."""

from __future__ import annotations

import pytest

from conftest import pile_asker


@pytest.fixture(scope="module")
def ask121(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile121")


def test_elevation_is_a_figure(ask121):
    assert "12,500 feet" in ask121("shandur polo ground elevation")


def test_budget_is_a_sum(ask121):
    assert "Rs50 million" in ask121("cattle show security budget")
