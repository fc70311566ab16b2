"""'discovered' is what a text says as 'found': 'When was the Aktogay deposit discovered?' is
answered by 'Geologists found it in 1962', not by the paragraph about its first output."""

from __future__ import annotations

from conftest import items_asker

COPPER = """\
AKTOGAY, Sept 12 (Steppe Wire) - The concentrator at Aktogay, one of the largest copper deposits in Kazakhstan, turned out its first copper concentrate on Monday, the company said, two years after building work began in 2015.

The deposit lies in the steppe of eastern Kazakhstan, far from any railway. Geologists found it in 1962, but its low-grade ore defeated every plan to mine it for decades.

The company expects to produce about 90,000 tonnes of copper a year once the second line opens.
"""


def test_discovered_answered_by_found(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "found", {"copper.txt": COPPER})
    line = ask("aktogay deposit discovered year")
    assert "found it in 1962" in line.rsplit(" — ", 1)[0]
