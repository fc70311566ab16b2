"""A user's news items on firms, fires and deals, asked as a user asks: what line 1 says.

- 'Which company owned ...?' is answered by the firm a sentence names by its legal form ('...
  belonging to Silk Road Cotton LLC'), not by a sentence naming a radio station, and what a firm
  owned is said to belong to it;
- 'What caused ...?' by what set the thing off ('..., setting off the fire');
- keywords ending in a currency ('... total investment dollars') ask the sum;
- a word of grammar the question says ('each') and a later paragraph writes, where the item's
  first paragraph says 'every', does not take the answer from the first paragraph."""

from __future__ import annotations

import pytest

from conftest import REPO, add_items, copy_home, run_kzpk

DEPOT = """\
SAMARKAND, May 2 (Steppe Desk) - A fire swept through a cotton depot outside Samarkand on Tuesday, destroying 400 bales, officials said.

The regional emergency office said the blaze began in a storage shed at 3 am and was out by dawn.

Early reports said the depot was a bonded site belonging to Silk Road Cotton LLC. Officials mentioned faulty wiring, while Radio Zarafshon reported that the fire may have begun in a lorry parked at the depot.

A later inquiry found that a cigarette dropped by a guard had smouldered among the bales for hours, setting off the fire.
"""

DAIRY = """\
---
title: Danish cooperative buys into Karavan Foods
date: 2024-03-12
---
KARACHI: A Danish dairy cooperative has bought 60 percent of Karavan Foods, the Karachi milk processor, its board said on Tuesday.

The purchase, cleared by the competition regulator, adds up to an investment of about $210 million (190 million euros), the buyer said.

Jens Holm, the cooperative's vice president for mergers, who worked on the Karavan Foods deal from the start, takes over as chief executive for now.
"""

PAYOUT = """\
---
title: Turkmenistan to compensate families after Mary plant fire
date: 2024-08-20
---
Turkmenistan will pay $9,000 to the family of every worker killed in last week's fire at the Mary fertiliser plant, officials said on Monday.

The plant's owner has promised 40,000 manat to each bereaved family, on top of insurance.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("firms")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"depot.txt": DEPOT, "dairy.md": DAIRY, "payout.md": PAYOUT})
    return home


def line1(home, query: str) -> str:
    r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    return r.out.splitlines()[0].rsplit(" — ", 1)[0]


@pytest.mark.parametrize("query, answer", [
    ("Which company owned the cotton depot that burned near Samarkand?", "Silk Road Cotton LLC"),
    ("what caused the samarkand cotton depot fire", "cigarette dropped by a guard"),
    ("karavan foods deal total investment dollars", "$210 million"),
    ("How much will Turkmenistan pay the family of each worker killed in the Mary plant fire?",
     "$9,000"),
])
def test_line_one_answers(home, query, answer):
    assert answer in line1(home, query)


def test_what_a_firm_owned_belongs_to_it(real_copy):
    # a wire of a development pile, asked otherwise than its set asks: '... the warehouse was a
    # customs storage site belonging to Inter Logistics LLC'
    r = run_kzpk(real_copy, "add", str(REPO / "eval/pile77/docs/tashkent-sergeli-warehouse-blast.txt"))
    assert r.code == 0, r.err
    assert "Inter Logistics LLC" in line1(real_copy, "Which company owned the Sergeli warehouse?")
