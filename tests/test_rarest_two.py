"""A question's two rarest words held together by a text that BM25 over single words ranks
below many texts repeating the question's common words ('Tajikistan', 'Pakistan'), beyond the
hits reranked: the few documents holding both rarest words are reranked too. Line 1 of plain
output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

TALKS = "---\ntitle: Tajikistan and Pakistan, a diary of talks\ndate: 2023-01-10\n---\n" + \
    "\n\n".join(f"Tajikistan and Pakistan held talks, round {i + 1}: Pakistan and Tajikistan "
                "agreed that Tajikistan and Pakistan should meet again." for i in range(48)) + "\n"

DRUGS = """\
---
title: Pakistan's drug makers
date: 2023-02-01
---
Pakistan makes medicines for more than 40 countries, the drug regulator said.

Doctors in Lahore asked for cheaper medicines.

A new plant near Karachi will make medicines for children.

Medicines for diabetes are scarce in Quetta.

Pharmacists in Multan said the price of medicines rose.

The regulator tests medicines made in Sialkot every month.
"""

TRADE = """\
---
title: What Pakistan buys
date: 2023-02-15
---
Pakistan's imports of tea rose in spring.

Imports of cars fell after the duty went up.

Imports of palm oil reached a record in May.

The central bank said imports of machinery slowed.

Traders in Lahore expect imports of cotton yarn to grow.

Imports of steel scrap doubled in a year.
"""

MARKET = """\
---
title: A market the drug makers are missing
date: 2023-03-01
---
Dushanbe is growing fast, and its hospitals are busy, its clinics are crowded, and its new wards are opening one after another in every district of the city, the health ministry says, while doctors from across the region come to train there. Its annual imports of medicines stood at around $300 million last year and are expected to climb this year. Yet of the drug makers' total sales abroad of $140 million, no more than $3 million was earned there - equal to just one per cent of what the country buys. Few of the firms have offices in the city, and fewer still send salesmen to its hospitals or its clinics, which buy through tenders each spring and each autumn.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "rarest_two", {
        "talks.md": TALKS, "drugs.md": DRUGS, "trade.md": TRADE, "market.md": MARKET})


def test_the_text_holding_the_rarest_words_is_reranked(ask):
    line = ask("What share of Tajikistan's medicine imports does Pakistan supply?")
    assert "one per cent" in line
