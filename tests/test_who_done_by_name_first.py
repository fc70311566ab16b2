"""'Who convened (chaired, led) X?' answered by a paragraph whose first sentence says X was
convened by someone, by name: line 1 starts at that sentence, naming them, not at a later run of
the question's words in the same paragraph."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, line1_of

HOSTEL = """\
---
title: Chilanzar hostel fire review published
date: 2024-02-10
---
TASHKENT: A review of last month's deadly fire at a hostel in Chilanzar district has been published.

The review board was convened by Farida Yusupova, deputy head of the city's emergency service, and had ten days for its work. Its report says the building had no working alarms and no fire extinguishers on its upper floors, that its only stairwell was blocked with mattresses and old furniture, that the basement had been let to a furniture maker without any permission, and that neither the landlord nor the district administration ever checked its permits in the four years it was open. It recommends inquiries into officials of the Chilanzar district administration over the hostel.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("byname")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"hostel.md": HOSTEL})
    return line1_of(home)


def test_the_doer_named_first_starts_the_line(ask):
    line = ask("Who convened the inquiry into the Chilanzar hostel?")
    assert "Farida Yusupova" in line.rsplit(" — ", 1)[0]
