"""A "how many" question is answered by the sentence whose figure counts the things asked
even when the things come before the figure, joined to it by 'to', 'for' or 'than' ('issued
visas to more than 58,000 pilgrims'), not by a later sentence whose bare figures count
something else ('killing at least 28 and injuring 23').

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

PILGRIMS = """\
Verenia opens its border for the Arva walk

VERENIA CITY, 2 August 2025 – Verenia has issued visas to more than 58,000 pilgrims from Tessa for the Arva walk this year, the Verenian consulate in Orlen said on Saturday, and more are expected before the walk begins later this month.

The consulate said extra counters had opened in Orlen and Vask to cope with the demand from Tessa, and that pilgrims from Tessa travelling by road would be waved through at the Marn crossing.

Last year a bus carrying pilgrims from Tessa to the Arva walk overturned near the Marn crossing, killing at least 28 and injuring 23; most of the pilgrims on it had been issued visas in Vask.
"""


def test_count_after_to_counts_the_things_before_it(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"pilgrims.md": PILGRIMS})
    line = line1_of(home)("How many visas did Verenia issue to pilgrims from Tessa?")
    assert "58,000" in line
