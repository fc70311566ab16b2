"""A place within the one a "where" question names answers it: "in Kabul's Chaman-e-Hozoori
area" for 'Where in Kabul ...?', not a sentence naming another province that holds fewer of the
question's words. Line 1 of plain output after a user's news item was added."""

from __future__ import annotations

from conftest import EVAL, add_items, line1_of, make_home

ITEM = "afghan-buzkashi-league-kandahar-title-2022.txt"


def test_area_of_the_named_city(tmp_path):
    text = (EVAL / "pile121" / "docs" / ITEM).read_text(encoding="utf-8")
    ask = line1_of(add_items(make_home(tmp_path / "home"), tmp_path, {ITEM: text}))
    assert "Chaman-e-Hozoori" in ask("Where in Kabul was the first buzkashi league held?")
