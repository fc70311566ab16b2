"""'Where was the story datelined?', 'From which city was it filed?': the place a news item's
dateline gives ('ALMATY, May 3 (Steppe Wire) - ...'), not where what it tells happened ('signed
... in Astana'), in a question or in keywords ('... dateline city'). Line 1 of plain output, as
the user reads it. Something else filed ('Traders in Karachi filed the most requests') is
asked where as any act is; and a record of the event, with its place, does not say where a
report on it was filed."""

from __future__ import annotations

import pytest

from conftest import items_asker, line1_of

FREIGHT = """\
ALMATY, May 3 (Steppe Wire) - Kazakh and Pakistani railway officials on Friday agreed to run a weekly container train between the two countries through Uzbekistan and Afghanistan.

The freight agreement was signed at the head office of the national railway company in Astana, in the presence of both transport ministers.

The first train is due to leave in September with 40 containers of grain. Traders in Karachi filed the most requests for space on it, the company said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "dateline", {"freight.txt": FREIGHT})


@pytest.mark.parametrize("query", [
    "Where was the Steppe Wire report on the container train agreement datelined?",
    "From which city was the Steppe Wire report on the freight agreement filed?",
    "steppe wire freight agreement report dateline city",
])
def test_the_dateline_gives_where_a_story_was_filed(ask, query):
    line = ask(query)
    assert "ALMATY, May 3" in line.split(" — ")[0]


def test_where_it_happened_is_still_where_it_happened(ask):
    line = ask("Where was the freight agreement signed?")
    assert "in Astana" in line.split(" — ")[0]


def test_another_thing_filed_is_no_dateline_asked(ask):
    line = ask("Traders in which city filed the most requests for space on the first train?")
    assert "Traders in Karachi" in line.split(" — ")[0]


def test_a_record_of_the_event_does_not_say_where_the_report_was_filed(real_home):
    ask_home = line1_of(real_home)
    line = ask_home("Which city was the TDI piece about Kazakhstan's referendum reforms filed from?")
    assert "Islamabad, 2 November 2022 (TDI)" in line.split(" — ")[0]
    line = ask_home("From which city was the APP report on the ISSI conference with the Kazakh embassy filed?")
    assert "ISLAMABAD, Feb 12 (APP)" in line.split(" — ")[0]
