"""A question naming a figure of a thing ('for 75 per cent of Velnet', '150 hive boxes') is
answered where that figure stands, not by a sentence giving the same thing another figure ('for
the 49 per cent of Velnet it did not yet control'); a sentence opening on the thing its item's
title names ('The new plant is valued at $86.8 million' under '... third Gorband cement plant
...') speaks of it, as if it said the title's words; and a worth asked is said by a value too.

Invented news items, taken from no document kzpk bundles and no evaluation set, added to the
bundled corpus; each test reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, line1_of

STAKE = """\
---
title: "Orlatel to take 75% of Velnet as Norcom leaves the steppe"
date: "2018-12-13"
source: "Steppe Telecom Notes"
---

VASK — Orland's state-controlled fixed-line operator Orlatel has agreed to buy a 75 per cent stake in Velnet, the country's biggest mobile network, from the Nordic group Norcom for $446 million, the sellers announced on Wednesday.

Norcom is selling the 24 per cent it holds directly, while its holding company is selling the rest. The price values the whole of Velnet at $771 million.

The purchase reverses a deal made seven years ago, when Norcom paid Orlatel about $1.5 billion for the 49 per cent of Velnet it did not yet control. Velnet has about 10 million customers.
"""

PLANT = """\
---
title: "Work starts on third Gorband cement plant in Marn"
date: "2025-09-01"
---

The provincial administration on Sunday broke ground on a third production plant at the Gorband cement works in Marn province, in a ceremony led by the deputy governor.

The new plant is valued at $86.8 million and is being built by the state development corporation. It is designed to make 5,000 tons of cement a day.

Cement has become a favourite industry of the provincial authorities. The mines ministry says it has signed four large cement contracts worth $623 million in total with local and foreign investors, among them a $145 million plant in the south.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "figure",
                                       {"stake.md": STAKE, "plant.md": PLANT}))


def test_the_figure_named_picks_its_sentence(ask):
    line = ask("How much did Orlatel agree to pay for 75 per cent of Velnet?")
    assert "$446 million" in line and "49 per cent" not in line, line


def test_the_new_plant_is_the_one_the_title_names(ask):
    line = ask("How much is the third Gorband cement plant in Marn worth?")
    assert line.split(" — ")[0].count("$86.8 million"), line


def test_a_worth_asked_is_framed_by_a_value():
    from kzpk.query import _framed, _worth_asked

    # (the words 'How much is X worth?' asks a size by: a sentence saying one before its figure
    # is the one line 1 gives)
    for asked, said in (({"worth"}, "The new plant is valued at $86.8 million"),
                        ({"worth"}, "with a combined estimated value of about $11 billion"),
                        ({"value"}, "homes worth $17 billion")):
        assert _framed(said, _worth_asked(asked)), (asked, said)
    assert not _framed("a fine of up to 50 lakh crowns", _worth_asked({"worth"}))


PLANTS = """\
---
title: "Four drug factories approved as Orland chases a 50% local share"
date: "2026-01-30"
---

Orland has signed off on four new pharmaceutical plants worth a combined 173 billion crowns, the latest step in the president's drive to have half of the country's medicines made at home.

The health ministry says the plants will make 230 medicines, among them insulin and vaccines.

The government has also approved a biopharmaceutical complex in the Vask special economic zone, costing more than 103 billion crowns. It will make 58 products.
"""


def test_a_cost_the_first_paragraph_gives_after_the_thing(real_home, tmp_path_factory):
    # ('plants worth a combined 173 billion crowns' prices the plants asked about: a later
    # paragraph saying 'costing' of another thing does not answer in its place)
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "plants",
                                      {"plants.md": PLANTS}))
    line = ask("How much will Orland's four new pharmaceutical plants cost in total?")
    assert "173 billion crowns" in line.split(" — ")[0], line


AUCTION = """\
---
title: "Marn gold tips fetch 39,001 crowns a kilo, a record for any tea"
date: "2018-07-31"
---

A speciality tea from upper Marn has been sold for 39,001 crowns per kg at the Vask Tea Auction Centre, the highest price ever paid for tea at the centre.

The buyer was a Vask firm, which took the whole lot of two kilograms.

The previous record was set last November, when golden needle tea from another estate sold for 18,801 crowns a kilogram.
"""


def test_a_price_per_unit_the_text_shortens(real_home, tmp_path_factory):
    # ('per kilogram' asked, 'per kg' written: the price asked, not the one a later paragraph
    # gives 'a kilogram')
    ask = line1_of(bundled_with_items(real_home, tmp_path_factory, "auction",
                                      {"auction.md": AUCTION}))
    line = ask("What price per kilogram did the Marn gold tips fetch at the Vask Tea Auction "
               "Centre in July?")
    assert "39,001 crowns per kg" in line.split(" — ")[0], line
    from kzpk.question import per_unit

    each = per_unit("What price per kilogram did the tea fetch?")
    assert each.search("sold for 39,001 crowns per kg") and each.search("18,801 crowns a kilo")
