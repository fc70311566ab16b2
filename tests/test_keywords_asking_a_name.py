"""Keywords ending '<one who does a thing> name' ('league auction auctioneer name') ask who that
is: the paragraph naming the auctioneer beats the item's first one naming the star bought."""

from __future__ import annotations

from conftest import bundled_with_items, line1_of
from kzpk.question import WHO, ask_of, role_words

ITEM = """<html><head>
<title>Star goes for $900,000 as new hockey league holds first auction</title></head>
<body><article>
<h1>Star goes for $900,000 as new hockey league holds first auction</h1>
<p>LAHORE — Pakistan's hockey captain Rashid Mehmood became the most expensive player in the
country's newest league on Wednesday, when the Karachi franchise bought him for $900,000 at the
league's first player auction.</p>
<p>The bid came after a duel with the Lahore franchise. The Scottish auctioneer Hamish Gordon,
brought in to run the sale, drew players' names from a hat and took bids from team owners.</p>
<p>Bidding opened at 10 a.m. and ran for about six hours; 64 players found buyers.</p>
</article></body></html>
"""


def test_agent_name_keywords_ask_who():
    assert ask_of("hockey league player auction auctioneer name") == WHO
    assert "auctioneer" in role_words("hockey league player auction auctioneer name")
    assert ask_of("hockey league player auction") is None


def test_agent_name_keywords_get_the_agent(real_home, tmp_path_factory):
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "auction",
                                      {"hockey-auction.html": ITEM}))
    assert "Hamish Gordon" in ask("hockey league 2024 player auction auctioneer name")
