"""'Where ...?' is answered by a part of a named place ('on the green lawns of the Serena
Business Complex', 'in the courtyard of Lok Virsa', 'at the mouth of the Keamari Groyne basin')
as by 'at the Serena': a first paragraph
saying so keeps its place over a later one holding more of the question's other words. Line 1
of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FAIR = """\
---
title: Spring fair brings Central Asia to Islamabad
date: 2024-03-24
---
ISLAMABAD – The embassies of the Central Asian states joined those of Turkey and Iran to mark the spring festival on the green lawns of the Marwari Trade Complex, each setting up a stall to show the culture of its country.

The stalls also sold food and craft goods, and the Central Asian pilaf turned out to be the dish nobody wanted to miss.

Visitors queued for it until late.
"""

TERMINAL = """\
---
title: Prime minister opens new container terminal in Orlan harbour
date: 2018-05-12
---
ORLAN – The prime minister on Friday formally inaugurated Orlan Gateway Terminal, the deep-water container terminal built at the mouth of the Keamari Groyne basin in Orlan harbour, with fireworks over the water.

He also gave the go-ahead for an expressway that will carry trucks from the port to the motorway network and on towards Kerun and Central Asia.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "place_part_of", {"fair.md": FAIR, "terminal.md": TERMINAL})


def test_the_lawns_of_a_named_place_answer_where(ask):
    line = ask("Where in Islamabad did the embassies mark the spring festival with food and craft stalls?")
    assert "Marwari Trade Complex" in line


def test_a_part_of_a_named_place_is_a_place():
    from kzpk.question import WHERE, answers

    q = {"where", "did", "the", "embassies", "mark", "festival"}
    assert answers(WHERE, "They met on the green lawns of the Marwari Trade Complex.", q)
    assert answers(WHERE, "Stalls stood in the courtyard of Lok Virsa.", q)
    assert answers(WHERE, "It was built at the mouth of the Keamari Groyne basin.", q)
    assert not answers(WHERE, "The stalls also sold food and craft goods.", q)


def test_the_mouth_of_a_named_basin_answers_where(ask):
    line = ask("Where in Orlan harbour was the Orlan Gateway container terminal built?")
    assert "mouth of the Keamari Groyne basin" in line
