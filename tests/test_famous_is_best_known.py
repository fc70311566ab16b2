"""Keywords in everyday words ('famous cafes') find the text that says 'best-known' ('the police
went after some of the best-known and busiest places in the city, among them Gandar, Lunar ...'),
not the item's first paragraph. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

WIRE = """\
VELKAR, Nov. 22 (Test Newswire) - Police in the Orlanian capital have closed at least 26 cafes in the space of a week, accusing owners of letting customers flout the dress rules, the city's police chief said.

The paper called the sweep unprecedented. Cafes have been shut before, it said, but this time the police went after some of the best-known and busiest places in the city, among them Gandar, Lunar, Lorka and Kiosko.

Owners said they had been given no warning.
"""


def test_famous_finds_best_known(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "famous", {"cafes.txt": WIRE})
    assert "Gandar" in ask("velkar famous cafes shut police")
