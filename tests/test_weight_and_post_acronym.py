"""A weight asked by its noun ('torc weight') is given by its verb and in words ('a torc weighing
about one kilogram'); and a wire story's post named with its body's acronym ('the head of the
Saudi Beekeepers Cooperative Association (SBCA) said') has its holder in the next paragraph's
first words; a place written after a preposition ("of Khyber Pakhtunkhwa") is nobody named in
full, so a surname alone ("Khan comes from ...") is said with the name an earlier paragraph gives.
Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

BURIAL = """\
---
title: Golden burial found in the Tarbagatai foothills
date: 2019-08-07
---
UST-KAMENOGORSK — Archaeologists showed reporters on Monday the finds from an unlooted burial at the Shilikty mounds, where a young man was laid with thousands of gold objects.

The same team reported more than 2,000 gold objects from another mound at Shilikty last month, among them a broken gold torc and a bronze mirror.

His boots had been sewn with gold beads, and around his neck lay a massive torc weighing about one kilogram.
"""

FESTIVAL = """\
Taif's first date festival ends with record sales

TAIF, Aug 26 (Gulf Farm Wire) - The first date festival ever staged in Taif closed this week after seven days of trading that brought in more than 2.1 million riyals, the head of the Saudi Palm Growers Cooperative Society (SPGCS) said on Tuesday.

Khalid Al-Harbi said 31 growers had taken part and that the festival drew more than 20,000 visitors over the week.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "weight_and_post_acronym",
                       {"burial.md": BURIAL, "festival.txt": FESTIVAL})


def test_a_weight_asked_by_its_noun_is_given_by_its_verb_in_words(ask):
    assert "weighing about one kilogram" in ask("shilikty gold torc weight")


def test_a_post_named_with_its_bodys_acronym_has_its_holder_next(ask):
    assert ask("SPGCS head taif date festival").startswith("1. [passage] Khalid Al-Harbi")


BEEKEEPER = """\
---
title: "A beekeeper follows the flowers to Loralai"
date: 2016-08-24
---
**LORALAI** — It is a hot morning in the acacia grove near the grid station.

"Keep away from the boxes," Sher Ali Khan warns a visitor.

Khan comes from Lakki in Marwat district of Khyber Pakhtunkhwa, and this is the first time he has set up a honey camp in Loralai.
"""


def test_a_place_is_no_name_in_full_beside_a_surname(tmp_path_factory):
    # (the paragraph's 'Khyber Pakhtunkhwa' is a place, not someone named in full: who 'Khan'
    # is, the paragraph before names)
    ask = items_asker(tmp_path_factory, "surname_and_place", {"beekeeper.md": BEEKEEPER})
    line = ask("Who set up the first honey camp in the acacia grove outside Loralai?")
    assert line.startswith("1. [passage] 2016-08-24 Sher Ali Khan (named in full in")
