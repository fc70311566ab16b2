"""A weight in metric tons is an amount ('1,205 metric tons of fresh fruit'): the paragraph
giving it answers 'How much ... fruit had gone ...?', not the next one's sum of money or figure
of another thing. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FRUIT = """\
VASK, Nov 11, 2017 (Test Wire) - Traders have flown two tons of pomegranates from Orlan to the Gulf, the economic advisory office said on Thursday, the first fruit cargo on a route the government wants to run three times a week.

The air freighter left Orlan International Airport on 08 November and landed at Dubai airport, the office said in a statement. Officials called it a further achievement after Kunoria, and said fresh and dried fruit would next be sent by air to other countries.

Under the Vaskaria-Kunoria Air Corridor agreement, 1,205 metric tons of fresh fruit have so far gone to Kunoria on 34 flights, the statement said. A 35th flight was due to carry 20 metric tons of fresh and dried fruit from Vask to Kunor on 12 November.

The corridor was opened in June, when a cargo plane carrying 60 tons of medicinal plants, worth about $5 million, took off from Vask for Kunor. Kunoria's ambassador promised help as the corridor grew into a network of cargo flights.

Farmers have long complained that fruit rots while border crossings are closed.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "metric_tons", {"fruit.txt": FRUIT})


def test_metric_tons_are_an_amount(ask):
    assert "1,205 metric tons" in ask(
        "How much Vaskarian fresh fruit had gone to Kunoria under the air corridor agreement?")
