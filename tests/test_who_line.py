"""Line 1 says who: when the sentence that answers opens on someone it does not name ('Their
guide', 'He') and the sentence before names the person, line 1 starts at that sentence."""

from __future__ import annotations

import pytest

from conftest import items_asker

RIDERS = """\
---
title: Kazakh cyclists set off along the Karakoram Highway
date: 2021-06-02
---
GILGIT: A team of eight cyclists from Almaty began a three-week ride towards the Chinese border on Tuesday.

The riders spent two days in the town first. On Monday they met Nadia Qureshi, head of a local cycling club, and the district's tourism officer. Their guide has a place in the sport's history: she was the first Pakistani woman to ride across the Khunjerab Pass. The team then bought spare tyres in the bazaar.

The ride is meant to raise money for a children's hospital in Almaty.
"""

ACADEMY = """\
---
title: New chess hall opens in Rawalpindi
date: 2024-03-11
---
RAWALPINDI: A chess hall built with help from Kazakhstan opened in the city on Sunday.

The ceremony drew players from three provinces. The visiting coach, Arman Bekov, cut the ribbon together with the mayor. He then played twelve juniors at once in a blitz match.

The hall will host a regional tournament in May.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "who-line", {"riders.md": RIDERS, "academy.md": ACADEMY})


def test_who_question_line_names_the_person_the_answer_refers_back_to(ask):
    line = ask("Who was the first Pakistani woman to ride across the Khunjerab Pass?")
    assert "Nadia Qureshi" in line
    assert "Khunjerab Pass" in line  # and still the sentence that answers


def test_keyword_line_opening_on_he_names_him(ask):
    line = ask("blitz match twelve juniors chess hall")
    assert "Arman Bekov" in line
    assert "blitz match" in line
