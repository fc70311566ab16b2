"""A road's or a flight's code with a one-letter or one-digit part ('M-9', 'N-5') is a word of the
index: a query writing it either way ('M-9', 'm9') finds the text that names it, where both its
halves used to be dropped as too short. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

ROADS = """\
KARACHI, May 4 (Test Wire) - Tolls on the M-9 motorway between Karachi and Hyderabad will rise by 5 percent from June, the highway authority said.

Repairs on the N-5 national highway near Thatta will close one lane for two weeks.
"""

OTHER = """\
LAHORE, May 5 (Test Wire) - Motorway tolls keep rising: tolls on the M-2 motorway will rise by 10 percent in August, and toll plazas will take cards.

Repairs on the N-55 highway near Kotri will close two lanes.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "road_codes", {"roads.txt": ROADS, "other.txt": OTHER})


@pytest.mark.parametrize("query, said", [("M-9 motorway toll rise", "5 percent from June"),
                                         ("m9 motorway tolls", "5 percent from June"),
                                         ("N-5 highway repairs", "close one lane")])
def test_a_short_code_is_a_word(ask, query, said):
    assert said in ask(query)
