"""Four ways a question says what it wants without the words a text uses. Keywords naming an
amount as 'value' or 'money' ask for a figure, and 'last year' in them dates the figure, asking
no date; 'How did X describe Y?' is answered by a text saying X presented or emphasised Y as
something; 'What role did X say Y played?' asks for that part, not for X's post; and a place a
question names with 'the' to describe its subject ('the Gulf emirate') is searched without it
when the rest of the question finds the subject, and said on stderr, while a place visited that
no document names is still a subject no document mentions."""

from __future__ import annotations

import pytest

from conftest import items_asker, line1_of, run_kzpk
from kzpk.question import HOW_MUCH, WHO, ask_of

COFFEE = """\
---
title: Uganda's coffee sales to Pakistan climb
date: 2023-03-14
---

KAMPALA, March 14, 2023 (Lake Wire) - Uganda's coffee board said on Tuesday that shipments to Pakistan had grown for a third year running.

Pakistan bought 9,400 tonnes of Ugandan robusta last year, worth $31.7 million, the board's export manager said. The year before it had bought 6,100 tonnes.

The board plans a tasting fair in Lahore in the autumn.
"""

VILLAS = """\
---
title: Leak maps foreign-owned flats in the emirate
date: 2024-05-15
---

DUBAI, May 15, 2024 (Desert Ledger) - Residents of Pakistan own more than 23,000 flats and villas in Dubai, according to leaked property registry data shared with reporters.

The leaked records value the Pakistani-owned homes at roughly $12.5 billion in all, putting Pakistanis among the largest groups of foreign owners in the city.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "figures_roles_places",
                       {"coffee.md": COFFEE, "villas.md": VILLAS})


def test_value_in_keywords_asks_a_figure_of_last_year(ask):
    assert ask_of("uganda coffee sales pakistan last year value") == HOW_MUCH
    assert ask_of("matraimov deal money returned") == HOW_MUCH
    line = ask("uganda coffee shipments to pakistan last year value")
    assert "$31.7 million" in line.rsplit(" — ", 1)[0]


def test_how_someone_described_a_country(real_home):
    line = line1_of(real_home)("How did Hassan Daud Butt characterise Pakistan at the ISSI "
                               "conference?")
    assert "maritime gateway" in line.rsplit(" — ", 1)[0]


def test_a_role_said_to_be_played_is_no_post(real_home):
    assert ask_of("What role did the Kazakh ambassador say his country has played?") != WHO
    assert ask_of("What post does Askhat Kessikbayev hold?") == WHO
    line = line1_of(real_home)("What role did the Kazakh ambassador say his country has played "
                               "in the region?")
    assert "dialogue hub" in line.rsplit(" — ", 1)[0]


def test_a_place_described_with_the_is_searched_without_it(ask, tmp_path_factory):
    line = ask("What are all the Gulf emirate flats and villas owned by Pakistani residents "
               "worth, according to the leaked registry data?")
    assert "$12.5 billion" in line.rsplit(" — ", 1)[0]


def test_a_place_visited_is_still_a_subject(real_home):
    r = run_kzpk(real_home, "search", "When did a Pakistani trade delegation visit Aktobe?")
    assert r.code == 1
    assert "no document mentions 'Aktobe'" in r.err
