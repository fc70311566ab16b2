"""'Who announced that Vask would import 300,000 tonnes of urea ...?' is answered by the first
paragraph, which says the figure whole and names who told the press, not by a later one whose
'$300-400 million' holds the '300' of it and that names another official:

- a figure the question writes with its thousands separated is read whole ('300,000'), never
  as its first group standing alone;
- a thing announced is told to the press: '..., Mira Tessaly, told a news conference' names
  the one who announced it.

And 'How much will Vask lose ...?' asks money, as 'cost' does: the paragraph giving '$700 million
in lost sales' answers, not the one giving the shortage in cubic metres.

Invented news items, taken from no document kzpk bundles and no evaluation set.
"""

from __future__ import annotations

import pytest
from conftest import items_asker

UREA = """\
Vask to buy 300,000 tonnes of Orlen urea

TESSA, Aug 9, 2008 (Orlen Farm Wire) - Vask will import 300,000 tonnes of urea from Orlen and keep the subsidy on fertiliser as high as it can, the prime minister's adviser on industries and production, Mira Tessaly, told a news conference on Saturday.

Local plants make about 4.8 million tonnes of urea a year against demand of about 5.4 million tonnes.

Orlen has already extended two credit lines for fertiliser purchases, and officials said the food secretary, Kaspar Marn, had left for Orlen City to ask for a further $300-400 million.
"""

SIGNING = """\
---
title: Orlen City signs Kelt
date: "2016-12-23"
source: Orlen Sport
---
Orlen City announced on Friday that Mira Kelt will join the club.
"""


GAS = """\
Gas shortage cuts Vask urea exports

TESSA, April 22 (Orlen Energy Wire) - Vask's exports of urea will fall this year because of a gas shortage that reached 300 million cubic metres a day in the winter.

The head of the fertiliser makers' association, Mira Tessaly, told reporters that the shortfall would cost the country about $700 million in lost sales.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "grouped-figure", {"urea.txt": UREA,
                                                            "signing.md": SIGNING})


@pytest.fixture(scope="module")
def ask_gas(tmp_path_factory):
    return items_asker(tmp_path_factory, "loss-asked", {"gas.txt": GAS})


def test_who_announced_is_the_one_who_told_the_press(ask):
    line = ask("Who announced that Vask would import 300,000 tonnes of urea from Orlen?")
    assert "Mira Tessaly" in line
    assert "Kaspar Marn" not in line


def test_a_loss_asked_is_money(ask_gas):
    assert "$700 million" in ask_gas("How much will Vask lose in exports because of the gas "
                                     "shortage?")
