"""Keywords naming an occupation ('driver', 'pilot', 'coach') ask who, as a title does ('IPRI
director'): 'driver arrested rs5000 notes' is answered by the sentence naming the
driver, not by the one telling of the raid. Line 1 of plain output on a copy of the bundled home
with an evaluation pile's items added."""

from __future__ import annotations

from conftest import pile_asker


def test_driver_is_asked_for(real_home, tmp_path_factory):
    ask = pile_asker(real_home, tmp_path_factory, "pile120")
    assert "Ravez Khan" in ask("driver arrested rs5000 notes")
