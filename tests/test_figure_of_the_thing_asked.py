"""'How much <thing> ...?' asks a figure of that thing: in a news item whose title names it, the
first paragraph's figure of all the cargo ('2.6 million tonnes of dry and liquid cargo') is no
answer; the later paragraph's '1.9 million tonnes of grain' is, though it names the port only as
'the Caspian port' (a place's adjective after 'the' describes the port the item is about, it
names no other). And 'How many people were killed ...?' asks the count of the act asked, said
in the passive: the first paragraph's 'at least 11 people killed', not a later count of the
wounded. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, items_asker, line1_of

PORT = """\
Grain rerouting lifts Kuryk port throughput by a fifth

KURYK, 4 October 2024 (Test Caspian Wire) - Kazakhstan's Kuryk port handled more than 2.6 million tonnes of dry and liquid cargo in the first nine months of the year, 21 percent more than in January-September of 2023, according to data released by the port operator.

Grain did most of the work. Shipments through the Caspian port rose by 44 percent year on year to 1.9 million tonnes of grain, as traders sent more of their wheat south across the sea towards Iran. Metal shipments jumped by 30 percent, reaching 95,000 tonnes.

Last year Kuryk moved 3.1 million tonnes, up 7 percent on 2022. Of that, 1.3 million tonnes was grain and 120,000 tonnes metal.

Its general director told reporters in July that grain leaves Kuryk for Iran and for Turkmenistan, and that the port's new grain terminal is expected to drive its growth from now on.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "figure_of",
                                       {"kuryk-grain.txt": PORT}))


def test_how_much_of_a_thing_is_its_figure_not_all_cargo(ask):
    line = ask("How much grain passed through Kuryk port in the first nine months of 2024?")
    assert "1.9 million tonnes of grain" in line


SIEGE = """\
---
title: "Night-long siege at the Steppe Technical College leaves 11 dead"
date: 2019-05-16
---

An overnight assault on the Steppe Technical College in Taraz ended before dawn on Thursday with at least 11 people killed, most of them students, after gunmen stalked the buildings for about eight hours.

The attack started at about 8 on Wednesday evening, when a bomber set off explosives at the gate and two gunmen got past the college's guards.

Among the dead were six students, three policemen and two guards. Some 25 people were wounded when the attack began, and about 600 students were on campus.
"""


def test_the_act_asked_in_the_passive_is_the_count_s_act(tmp_path_factory):
    # 'How many people were killed ...?' asks the count the first paragraph gives of those
    # killed, not a later paragraph's count of the wounded, though only the later one says
    # 'attack'
    ask = items_asker(tmp_path_factory, "passive_count", {"siege.md": SIEGE})
    line = ask("How many people were killed in the attack on the Steppe Technical College?")
    assert "at least 11 people killed" in line
