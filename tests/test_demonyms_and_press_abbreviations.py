"""A question naming a country by a people's adjective no ending of English makes ('the Spanish
partner' for 'Spain's Abengoa Solar'), a press abbreviation a text writes out ('EPC' for 'an
engineering, procurement and construction contract', 'IPO' for a listing), and the language a
name's meaning is asked in ('... mean in English?') are no subjects the pile lacks: each
question is answered. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home, run_kzpk

SHAMS = """\
---
title: Abu Dhabi opens its mirror-trough power station
date: 2013-03-18
---
ABU DHABI: The emirate opened its 100 MW concentrated solar plant in the western desert on Sunday. Masdar holds 60 per cent, and France's Total and Spain's Abengoa Solar hold 20 per cent each.

Santiago Seage, the head of Abengoa Solar, told guests that the region holds close to half of the world's renewable potential.
"""

AFTAB = """\
---
title: Isfahan switches on a desert solar farm
date: 2025-07-11
---
ISFAHAN: The president on Thursday inaugurated the first phase of the Aftab Sharq solar plant built by Mobarakeh Steel Company near Kuhpayeh.

The name means "sunlight of the East" in Persian. The whole project is due to be finished by March 2027.

The plant is being built by the MAPNA Group under an engineering, procurement and construction contract signed by MAPNA's then president, Abbas Aliabadi, now the energy minister, and Mobarakeh Steel's chief executive.

The minister of industry attended the ceremony with the governor of Isfahan, Mehdi Jamalinejad, and the steelmaker's chief executive.
"""

SUNTECH = """\
---
title: Wuxi cell maker floats in New York
date: 2005-12-15
---
NEW YORK: The Wuxi cell maker's shares rose 41 per cent on their first day of trading on Wednesday.

Suntech Power sold 26 million shares at $15 apiece in its initial public offering, the top of its range.
"""

ITEMS = {"shams.md": SHAMS, "aftab.md": AFTAB, "suntech.md": SUNTECH}


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("demonyms")
    return add_items(make_home(root / "home"), root, ITEMS)


@pytest.fixture(scope="module")
def ask(home):
    return line1_of(home)


def test_an_irregular_peoples_adjective_is_held_by_its_country(ask):
    assert "Santiago Seage" in ask("Who heads Abengoa Solar, the Spanish partner in the plant?")


def test_the_language_a_meaning_is_asked_in_is_no_subject(ask):
    line = ask("What does the Persian name of the steelmaker's solar farm mean in English?")
    assert "sunlight of the East" in line


def test_a_press_abbreviation_is_searched_written_out(ask):
    assert "MAPNA Group" in ask("aftab sharq solar epc contractor")


def test_an_abbreviation_in_small_letters_is_searched_written_out(home):
    r = run_kzpk(home, "search", "suntech ipo share price", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "$15 apiece" in r.out.splitlines()[0]
