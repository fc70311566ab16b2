"""The press's short words for posts, names and times, searched as a text writes them: 'the
ex-commerce minister' is 'former Federal Minister for Commerce', 'the premier's aide for online
media' the 'Special Assistant to the Prime Minister on Digital Media', a garden's 'old name' the
one it was 'Formerly known as', 'a Dutchman' 'a Dutch foreman', and 'jan feb' in hurried
keywords are months (no subject kzpk lacks). Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker, line1_of

CONFERENCE = """\
---
title: Conference on relations between the two countries
date: 2026-02-12
---
ISLAMABAD: The institute hosted a conference on relations between the two countries on Thursday.

The Chief Guest of the inaugural session Fahad Haroon, Special Assistant to the Prime Minister on Digital Media, described the recent summit as a strategic reaffirmation of mutual trust.

According to 2018 statistics, the volume of trade between the two countries reached $28 million.

Khurram Dastgir Khan, former Federal Minister for Commerce, was the Chief Guest for the concluding session. He described relations as entering a decisive phase.
"""

GARDEN = """\
---
title: Srinagar tulip garden breaks its own record
date: 2024-04-23
---
SRINAGAR: The tulip garden on the banks of Dal Lake has drawn a record 4.2 lakh visitors this season.

Formerly known as Siraj Bagh, the garden was opened in 2008. It spreads over about 30 hectares.
"""

FLOWERS = """\
---
title: Kazakhstan buys flowers before the holiday
date: 2023-03-06
---
ALMATY: Kazakhstan imported 1,000 tonnes of cut flowers in January and February 2023. Roses made up the bulk: 799 tonnes, or 18 million buds.

About 80 years ago a local man, Yahakhan, who had learnt floriculture from a Dutch foreman while working in Tehran, went home to Mahallat and started growing there.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "short_words_of_the_press",
                       {"conference.md": CONFERENCE, "garden.md": GARDEN, "flowers.md": FLOWERS})


def test_an_ex_minister_is_a_former_one(real_home):
    # (on the bundled records, where a trade figure 'reached' too)
    line = line1_of(real_home)("What stage did the ex-commerce minister say bilateral ties have "
                               "now reached?")
    assert "decisive phase" in line


def test_the_premiers_aide_is_the_assistant_to_the_prime_minister(ask):
    assert "strategic reaffirmation" in ask("What did the premier's aide call the summit?")


def test_an_old_name_is_the_one_it_was_formerly_known_as(ask):
    assert "Siraj Bagh" in ask("srinagar tulip garden old name")


def test_one_of_a_people_is_of_its_adjective(ask):
    assert "Yahakhan" in ask("Who learnt floriculture from a Dutchman in Tehran?")


def test_a_month_cut_short_in_keywords_is_a_time(ask):
    assert "18 million buds" in ask("kazakhstan rose imports buds jan feb 2023")
