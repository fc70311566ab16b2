"""Keywords ending in a figure's noun ask for the figure ('... refinery investment', '... unit
daily capacity'), and 'length' asks for a length ('NGIA runway length' -> 'Its 12,000-foot
runway'), in the paragraph of the item that gives it, not the one naming the subject."""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, line1_of
from kzpk.question import HOW_MUCH, ask_of

PLANT = """---
title: "Coastal firm plans the region's biggest soda ash plant"
date: "2022-05-04"
source: "Makran Business Monitor"
---

A private company on the Makran coast says it is building what will be the biggest soda ash
plant in the region, able to supply glassmakers across the country.

Pasni Soda Works, which calls itself the province's first chemical maker, is laying out the
plant on 800 acres of land in the Pasni industrial zone. Officials expect the works to open
in 2025.

"$95 million is the investment cost of the project," its chief executive told reporters last
week. He said the works would cut the country's soda ash imports by half.

The company's older works can process 140 tonnes of brine a day and make three grades.
"""

AIRPORT = """---
title: "First flight lands at new Turbat airport"
date: "2024-02-12"
source: "Kech Daily"
---

A flight from Karachi landed at the New Turbat International Airport (NTIA) on Monday with
nearly 60 passengers, opening the long-delayed facility.

The airport lies 12 km west of Turbat town and covers 2,100 acres. Its 9,800-foot runway can
take wide-bodied airliners, including the Boeing 777, and the aviation authorities say the
airport can offer refuelling and cargo services to more than 30 airlines a day. It is the
province's second greenfield airport after the one at Gwadar, and the largest in the south.

NTIA was built with a grant of about $120 million from the federal government; local
estimates of the total cost run to some Rs30 billion.
"""


POLICY = """---
title: "Centre approves rice policy 2024-25 at Rs4,100 a maund"
date: "2024-09-02"
source: "Lahore Farm Report"
---

ISLAMABAD — The federal government has approved the National Rice Policy for 2024-25, under
which the provinces will together buy about 1.8 million tonnes of paddy from growers for
strategic reserves at a support price of Rs4,100 per 40kg, officials said on Sunday.

The policy was settled at a meeting on Saturday chaired by the prime minister and attended by
the chief ministers. Officials told the meeting the procurement price had been pegged to
export rates.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "figures",
                                       {"pasni-soda.md": PLANT, "turbat-airport.md": AIRPORT,
                                        "rice-policy.md": POLICY}))


def test_a_figure_noun_ending_keywords_asks_a_figure():
    assert ask_of("pasni soda works investment") == HOW_MUCH
    assert ask_of("soda works daily capacity") == HOW_MUCH
    assert ask_of("investment agreement pakistan") is None


def test_investment_keywords_get_the_sum(ask):
    assert "$95 million is the investment cost" in ask("pasni soda works plant investment")


def test_runway_length_keywords_get_the_length(ask):
    assert "9,800-foot runway" in ask("NTIA runway length")


def test_a_unit_ending_keywords_keeps_the_figure_in_it(ask):
    line = ask("rice policy 2024-25 strategic reserves procurement tonnes")
    assert "1.8 million tonnes of paddy" in line
