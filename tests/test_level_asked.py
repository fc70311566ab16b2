"""'What did the bank cut its rate to ...?' asks the level a change brought a figure to, an
amount as 'How much ...?' asks one; a figure the question itself states ('after holding it at 22
percent') answers nothing; a sum written with its currency before it ('Rs12') is an amount.

Invented news items, taken from no document kzpk bundles and no evaluation set; each test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home

BANK = """\
Bank of Orland makes its first cut in four years

VASK, June 10 (Orland Wire) - The Bank of Orland on Monday lowered its key policy rate by 150 basis points to 20.5 percent, its first reduction since the pandemic, as inflation cooled.

The monetary committee of the Bank of Orland said the policy rate had been held at a record 22 percent for roughly a year, through seven meetings in a row.

Analysts said the size of the cut was in line with what they had expected.
"""

BREAD = """\
---
title: Tandoors in Marn raise their prices
date: 2020-07-05
---
The bakers' association of Marn has raised the prices of bread at the city's tandoors, blaming the cost of flour.

Under the association's list, a plain roti now sells for Rs8, a khameeri roti for Rs12 and a naan for Rs15.

A later letter from the bakers' association of Marn to the district administration asked to take the plain roti to Rs10 at the tandoors, after a 20kg bag of flour went up in price.

The district administration said it had not approved the new list of the tandoor owners.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("level")
    return line1_of(add_items(make_home(tmp / "home"), tmp, {"bank.txt": BANK, "bread.md": BREAD}))


def test_what_a_rate_was_cut_to_is_the_new_level(ask):
    line = ask("What did the Bank of Orland cut its policy rate to after holding it at 22 percent "
               "for a year?")
    assert "20.5 percent" in line, line


def test_a_sum_in_rupees_answers_how_much(ask):
    line = ask("How much is a khameeri roti at the Marn tandoors under the new list?")
    assert "Rs12" in line, line
