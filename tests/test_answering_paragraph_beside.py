"""When the best hit of an item holds the question's words but no answer of the kind asked (a
note 'compare MAU with ...'), another paragraph of the item the search found, holding those words
and the answer ('more than 17 million monthly active users (MAU)'), answers before a neighbour
read for one (a brand value in dollars)."""

from __future__ import annotations

import pytest

from conftest import items_asker

NOTES = """\
# Zoomo — notes for the Central Asia market file

(Collected from two or three articles; check figures again before quoting.)

- **Founded:** 2022 in Tashkent, as a marketplace, a bank and a food delivery service under one app.
- **Size:** more than 17 million monthly active users (MAU) — close to half of Uzbekistan's adults — and roughly 16,000 merchants.
- Brand Finance's list of the most valuable Uzbek brands had Zoomo at $39 million (Uztelecom top at $241 million).

TODO: compare MAU with Kaspi's numbers; ask whether Zoomo Express operates outside Tashkent.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "answering_paragraph_beside", {"zoomo.md": NOTES})


def test_the_paragraph_giving_the_count_answers(ask):
    line = ask("Zoomo MAU count")
    assert "17 million monthly active users" in line
