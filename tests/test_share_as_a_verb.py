"""'How much do the potters share for a set ...?' says 'share' as a verb: it asks money, not a
share in percent ('pottery's share of exports has fallen from 12 percent')."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, line1_of

POTTERS = """\
MULTAN, May 9 (Punjab Wire) - The blue pottery trade of Multan is shrinking. Pottery's share of the city's craft exports has fallen from 12 percent to four percent in a decade, traders say.

Ahmad Bakhsh, 40, works from a kiln behind his house and splits 5,000 rupees with two other potters for a dinner set that takes them a week to glaze and fire. He said the money does not feed a family.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("potters")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"potters.txt": POTTERS})
    return line1_of(home)


def test_share_as_a_verb_asks_money(ask):
    line = ask("How much do Multan potters share for a dinner set that takes a week?")
    assert "5,000 rupees" in line.rsplit(" — ", 1)[0]


def test_a_share_asked_still_asks_a_percentage(ask):
    line = ask("What share of Multan's craft exports does pottery have now?")
    assert "four percent" in line.rsplit(" — ", 1)[0]
