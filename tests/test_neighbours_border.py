"""'neighbours' is said of countries a text says share a border ('sharing borders with key
countries such as Russia and China'), and 'neighbouring' of those 'bordering'. Line 1 of plain
output on the bundled corpus."""

from __future__ import annotations

from conftest import line1_of


def test_neighbours_share_a_border(real_home):
    assert "Russia and China" in line1_of(real_home)(
        "Which great powers are neighbours of Kazakhstan?")
