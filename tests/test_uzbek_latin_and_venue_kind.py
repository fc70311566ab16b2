"""Two more ways a question finds its answer in a user's items:

- A town's name in Uzbek Latin ('Dehkonobod') is the name a text romanises from Russian
  ('Dehkanabad'), though three letters change: searched so, and said.
- 'In which hotel ...?' asks for a hotel: the paragraph naming one ('in a ballroom of the Grand
  Steppe hotel') answers, not one naming only the city the question names.

Invented news items, taken from no document kzpk bundles and no evaluation set.
"""

from __future__ import annotations

import pytest
from conftest import items_asker

POTASH = """\
---
title: Vask potash plant makes its first fertiliser
date: "2010-08-27"
source: Orlen Mining Weekly
---
The Dehkanabad potash plant in the south of Vask produced its first 10,000 tonnes of fertiliser on Thursday, the state mining company said.

The plant works the Tessa deposit of potassium salts. Its reserves are estimated at 400.2 million tonnes of ore.
"""

CHESS = """\
---
title: Marn takes the speed chess crown in Vask City
date: "2012-07-10"
source: Orlen Chess News
---
Kaspar Marn of Orlen won the world blitz championship in Vask City on Tuesday, a day after Tessa Kelt had won the world rapid championship in Vask City, where both live.

The president of Vask opened the championships last Thursday before 200 guests in a ballroom of the Grand Steppe hotel, where the players were also staying.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "uzbek-venue", {"potash.md": POTASH, "chess.md": CHESS})


def test_a_name_in_uzbek_latin_is_the_name_a_text_writes(ask):
    assert "400.2 million tonnes of ore" in ask("Dehkonobod potash deposit ore reserves")


def test_a_kind_of_venue_asked_is_answered_by_one_named(ask):
    line = ask("In which hotel were the 2012 world rapid and blitz championships in Vask City "
               "played?")
    assert "Grand Steppe hotel" in line
