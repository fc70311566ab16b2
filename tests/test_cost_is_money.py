"""A "how much" question about what something costs (cost, price, investment, budget, fee ...)
is answered by an amount of money ('2.7 billion tenge'), not by another amount the same
paragraph gives ('60,000 tons of raw cotton a year'), though no text says 'cost'.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

COMPLEX = """\
<html><head><title>Vask region: new governor, new cotton complex</title></head>
<body><main><section>
<h1>Vask region: new governor, new cotton complex</h1>
<p>The new governor of Vask region met district heads on Monday and asked them to step up their work on attracting investment. At the same meeting the head of Marn district presented a new cotton processing complex to be built in the district by the Orlen company Tessa Agro; fencing of the plot has already begun.</p>
<p>The investment comes to 2.7 billion crowns (about $5.4 million). The complex is designed to process 60,000 tons of raw cotton a year and will create 60 jobs on one shift.</p>
</section></main></body></html>
"""


def test_cost_is_answered_by_money(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"complex.html": COMPLEX})
    line = line1_of(home)("How much will the Marn cotton processing complex cost?")
    assert "$5.4 million" in line
