"""A body named in full just before the act a "who" question asks about is its doer, as a person
is: 'The Tamil Nadu Pollution Control Board on Thursday ordered the closure of ...' answers 'Who
ordered the closure ...?', not a later paragraph naming a chief minister who ordered nothing.
Line 1 of plain output on a copy of the bundled home with an evaluation pile's items added."""

from __future__ import annotations

import pytest

from conftest import pile_asker


@pytest.fixture(scope="module")
def ask117(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile117")


def test_a_board_ordered_it(ask117):
    assert "Pollution Control Board" in ask117(
        "Who ordered the closure of the Sterlite copper smelter?")
