"""A wire story names a post's holder in the paragraph after the one that quotes the post
('..., the head of the Kyrgyz Sericulture Centre at the Agriculture Ministry said.' / 'Talant
Osmonov said ...'): 'Who heads ...?' and 'Who is the head of ...?' get the name on line 1."""

from __future__ import annotations

import pytest

from conftest import items_asker

COCOONS = """\
BISHKEK, April 6 (Ala-Too Wire) - Kyrgyzstan expects to harvest about 140 tons of raw silk cocoons this year, a rise of about a tenth, the director of the Kyrgyz Sericulture Centre said on Monday.

Talant Osmonov said the crop would meet a third of what the country's carpet weavers need, and that 9,000 boxes of silkworm eggs had gone out to farmers in Osh and Jalal-Abad.
"""

WOOL = """\
ALMATY, May 12 (Steppe Wire) - Kazakhstan's wool clip will pass 40,000 tons this year for the first time since 1995, the head of the Wool Research Institute at the Agriculture Ministry said on Tuesday.

Gulnar Serikbayeva said most of the wool would go to mills in China and Turkey, and that fine-wool flocks had grown by 8 percent.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "holders", {"cocoons.txt": COCOONS, "wool.txt": WOOL})


def test_who_heads_finds_a_director_named_next(ask):
    assert "Talant Osmonov" in ask("Who heads the Kyrgyz Sericulture Centre?").split(":")[0]


def test_post_of_a_body_within_a_ministry(ask):
    line = ask("Who is the head of the Wool Research Institute?")
    assert "Gulnar Serikbayeva" in line.split(":")[0]
