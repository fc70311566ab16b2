"""A month told with a year counted from the text's own ('since August last year', 'last
March') is a date: it answers a "when" question ('Since when has the restoration been going
on?') over a sentence of the same item giving another date ('put on the list in 2003'). So is a
time counted from the text's own day ('would start within a couple of months'), over another
item's date ('elections held in March this year'). Line 1 of plain output, as the user reads
it."""

from __future__ import annotations

import pytest

from conftest import items_asker

SHRINE = """\
---
title: Prime minister checks on restoration of the Orlan mausoleum in Vask
date: 2024-03-15
source: Test Culture Review
---

# Prime minister checks on restoration of the Orlan mausoleum in Vask

Prime Minister Tamir Bekov stopped at the Khoja Orlan Mausoleum on Thursday, 14 March, during a working trip to Vask region, to see how far the restoration ordered by the head of state has come. His press service said the premier asked that the monument keep its historical appearance.

"This mausoleum is a precious heritage of our people and of all humanity," Bekov said, adding that the building's condition must stay under special control.

Scientific restoration has been going on since August last year. Sensors that record the effect of the outside environment and the climate have been fitted inside the building, because damp is the main threat to its structure.

The mausoleum was put on the World Heritage List in 2003 and is the heart of Vask's historical complex, which draws more than one million visitors a year. It rises 39 metres and carries one of the biggest brick domes in the region. Builders worked on it from 1385 to 1405.
"""


BRIEFING = """\
VASK (Test Wire) – Vaskaria's ambassador, Tamir Orlanov, has called the parliamentary
elections held in his country in March this year a mark of the forward-looking vision of the
president, saying the vote would carry the nation to a better future.

Briefing members of the press on the outcome of the polls, the envoy said the point of the
meeting was to raise awareness of the political transformation under way in Vaskaria.

Turning to bilateral ties, Mr Orlanov called relations excellent and said a direct flight from
Orlan to Kunor would start within a couple of months, with flights from other cities to follow in
due course.

He recalled that last year the two countries marked the anniversary of their diplomatic
relations and that several high-level visits had taken place.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "relative_dates_answer",
                       {"shrine.md": SHRINE, "briefing.txt": BRIEFING})


def test_a_month_of_last_year_answers_since_when(ask):
    assert "since August last year" in ask(
        "Since when has scientific restoration of the Orlan mausoleum been going on?")


def test_a_time_from_the_texts_day_answers_when(ask):
    assert "within a couple of months" in ask(
        "When did the Vaskarian ambassador say the direct Orlan–Kunor flight would start, in his "
        "briefing on the March elections?")
