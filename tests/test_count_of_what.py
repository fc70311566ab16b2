"""A count a "how many" question asks for is of the things it names ('How many points ...?':
'she scored 11 points'); a number after 'at' is an age ('learned the game at five'), and 'tens
of thousands of children' counts children: neither answers it. A possessive counts its owners
('How many countries' citizens ...?': 'Citizens of 120 countries ...')."""

from __future__ import annotations

import pytest

from conftest import items_asker

CHAMPION = """\
---
title: Minister meets Aigerim Dauletova, youngest Asian rapid champion
date: 2023-02-10
source: Steppe Chess Bulletin
---

The sports minister has met 16-year-old Aigerim Dauletova to congratulate the teenager on the women's rapid title at the Asian Rapid Championships, an event played in Bangkok in January.

According to the federation's website, she scored 11 points from 13 rounds and won the title with a round to spare.

Born in Shymkent, she learned the game at five from her grandfather and at nine won her first national title after taking two junior championships.
"""


RUNNER_UP = """\
---
title: Sports minister receives Timur Bekov after Asian blitz silver
date: 2024-01-12
source: Steppe Chess Bulletin
---

The sports minister has received 15-year-old Timur Bekov, a teenager who was runner-up in the open blitz at the Asian Blitz Championships, an event held in Tashkent in December.

According to the federation, he scored 9 points from 11 rounds, half a point behind the winner.

"The whole country is proud of Timur!" the minister said, predicting that tens of thousands of children from Taraz would take up the game.
"""


PORTAL = """\
<html><head><title>Kazakhstan opens its e-visa portal to 120 countries - Steppe Courier</title>
<meta property="article:published_time" content="2022-04-05T09:00:00+06:00"></head><body>
<h1>Kazakhstan opens its e-visa portal to 120 countries</h1>
<p>By Staff Reporter · Astana</p>
<p>Deputy Foreign Minister Nurlan Sarsenov on Tuesday switched on Kazakhstan's electronic visa service at a ceremony in the ministry's main hall, pressing a button before an audience of diplomats. Citizens of 120 countries can now apply for a Kazakh visa from home.</p>
<p>The portal was built by the state IT operator in four months. Applicants fill in a form, upload a photograph and pay the fee by card.</p>
<p>Mr Sarsenov said the old attitude had been to make a visa as hard to get as possible, and that the launch was a first step for a country confident enough to open its doors to tourists, investors and students. He quoted a proverb about a journey of a thousand miles starting with one step.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "count_of_what", {"champion.md": CHAMPION, "runner_up.md": RUNNER_UP,
                                                          "portal.html": PORTAL})


def test_points_counted(ask):
    line = ask("How many points did the teenager from Shymkent collect over the whole rapid event?")
    assert "11 points" in line


def test_points_not_children(ask):
    line = ask("How many points did the teenager from Taraz score over the whole blitz event?")
    assert "9 points" in line


def test_a_possessive_counts_its_owners(ask):
    line = ask("How many countries' citizens can use the electronic visa service Nurlan Sarsenov launched?")
    assert "Citizens of 120 countries" in line
