"""'How many people took part ...?' counts people, by whatever they were there as ('attended
by 60 participants'), and those who took part participated: not 'As part of the event ...',
not a count of other things ('four directions'). Only those who take part in an event: a
university that 'took part in creating' a vaccine attended nothing."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import counted, synonyms

SEMINAR = """\
---
title: Seminar on Caspian trade marks ten years of the business forum
date: 2023-10-12
---

AKTAU — A seminar on Caspian trade routes was held on Thursday to mark ten years of the Caspian Business Forum.

As part of the event, the governor of Mangystau held talks with the heads of three shipping lines.

The governor proposed four directions for the forum's work in its next decade.

The seminar was streamed online and was attended by 60 participants, including port officials and traders from five countries.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "took_part", {"seminar.md": SEMINAR})


def test_how_many_people_took_part(ask):
    line = ask("How many people took part in the seminar on Caspian trade?")
    assert "60 participants" in line.rsplit(" — ", 1)[0]


def test_people_counted_by_what_they_were_there_as():
    assert "participant" in counted("How many people took part in the seminar?")
    assert "took" not in counted("How many people took part in the seminar?")


def test_only_those_taking_part_in_an_event_participate():
    assert "participant" in synonyms(["people", "part", "seminar"])[1]
    assert 2 not in synonyms(["Kayseri", "university", "part", "creating"])
