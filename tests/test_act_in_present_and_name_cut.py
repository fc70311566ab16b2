"""'Who coached X ...?' is answered by the paragraph saying someone 'coaches X', not by one naming
another team's coach ('Their coach, ...'); and a line cut short before its start never halves a
name there ('…International Airlines' of 'the Ukraine International Airlines Boeing')."""

from __future__ import annotations

import re

import pytest

from conftest import bundled_with_items, line1_of
from kzpk.query import make_snippet, word_pattern

FINAL = """Nepal edge Oman in first Highland Cup hockey final

POKHARA, Oct 3 (Hill Sport Wire) - Nepal won the first men's hockey final of the Highland Cup
on Friday, beating Oman by two goals to one in front of a home crowd at the lakeside ground.

Oman, who had knocked out Bhutan in the semi-final, scored first through their captain but
could not hold the lead in the second half.

Tashi Dorje, the former Bhutan captain who coaches Oman, praised his players for their
running and said the team would be back next year.

Bhutan took the bronze by beating the Maldives in the third-place match. Their coach, Karma
Wangdi, used the occasion to criticise the hockey organisers over the pitch. The
Maldives had asked for a grass field, he said, and nobody knew why it had not been laid.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "coach",
                                       {"highland-cup-final.txt": FINAL}))


def test_who_coached_is_who_coaches(ask):
    line = ask("Who coached Oman at the Highland Cup hockey tournament in Pokhara?")
    assert "Tashi Dorje" in line


def test_a_cut_keeps_the_name_whole():
    text = ("Iran's air-accident investigators said on Monday that two Tor-M1 surface-to-air "
            "missiles had been launched at the Ukraine International Airlines Boeing 737-800 that "
            "crashed minutes after taking off from Imam Khomeini International Airport on January "
            "8, killing all 176 people on board. The preliminary report by the Civil Aviation "
            "Organisation said work was continuing to establish what part each missile played in "
            "bringing the aircraft down.")
    rarity = [(re.compile(rf"\b(?:{stem})\w*", re.I), idf)
              for stem, idf in (("aircraft", 4.2), ("ukrain", 2.7), ("intern", 2.9))]
    snippet, _ = make_snippet(text, word_pattern({"ukrain", "intern", "aircraft"}),
                              rarity=rarity)
    assert snippet.startswith("…Ukraine International Airlines")
