"""Keywords naming the things counted before 'how many' ('vaskar tanneries how many operating')
count those things, not the participle after it: the sentence giving the number of tanneries
answers, not a figure of another thing ('9,000 cubic metres of tannery effluent'). Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

WIRE = """\
VASKAR, Orlania, May 3 (Test Wire) - For most of his adult life Tamir Oskenbay has earned his living in a hide-tanning works in this town near the border, steeping raw animal skins in water and chemicals until they come out as finished leather.

But the 38-year-old now fears the trade is poisoning his own home. His three sons suffer again and again from skin rashes, and the doctors who treat them point to the water the family uses.

Vaskar lies about 55 km south-east of Orla, the capital, and leather has become the livelihood of most of its 350,000 residents. At least 230 tanneries work in and around the town, a large share of them in the crowded old quarter. Their hides end up as jackets, handbags and shoes that Orlania sells across the world.

The price is paid in the drains. Roughly 9,000 cubic metres of tannery effluent flows out of Vaskar every day, together with some 150 tonnes of solid waste, much of it dumped in open channels and in the stagnant pools that ring the town.

Attempts at a clean-up go back more than a decade. In January 1996 the government signed the Vaskar Tannery Pollution Control Project, which laid an effluent collection network and built a common treatment plant.
"""


def test_the_things_before_how_many_are_counted(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "counted_before", {"vaskar.txt": WIRE})
    assert "230 tanneries" in ask("vaskar tanneries how many operating")
