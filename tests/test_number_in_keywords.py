"""Keywords ending in 'number' after the things they name ('kashgar export base greenhouses
number') ask how many of them there are; after a thing named by its number ('virtual assets
ordinance number gazette') they ask which number it bears, not a count. Asked of development
piles' items, as a user who added them would."""

from __future__ import annotations

from conftest import pile_asker


def test_things_number_asks_how_many(real_home, tmp_path_factory):
    ask = pile_asker(real_home, tmp_path_factory, "pile129")
    line = ask("kashgar export base greenhouses number")
    assert "3,000 greenhouses" in line.rsplit(" — ", 1)[0]


def test_ordinance_number_asks_which_number(real_home, tmp_path_factory):
    ask = pile_asker(real_home, tmp_path_factory, "pile51")
    line = ask("virtual assets ordinance number gazette")
    assert "No. VII of 2025" in line.rsplit(" — ", 1)[0]
