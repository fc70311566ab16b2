"""Three things a "who" or "where" question is answered by. A fair or a festival named in full
('the first Gulf Rice Fair') is a venue, as a hall is; a wire service's credit in a dateline
('(Central Asia Water Wire)') is nobody, so a first paragraph naming no one else does not answer
"who"; 'Which Kuala Lumpur judge ...?' asks for a person of that kind, whom a text may title
'Justice', not for one titled 'Kuala Lumpur'; and 'Which research fellow said ...?' is answered by
the one a paragraph opens with when the sentence saying it names no one."""

from __future__ import annotations

import pytest

from conftest import items_asker, line1_of
from kzpk.question import WHO, ask_of, person_names

RICE = """\
---
title: "Notes: rice exports, the Gulf fair and the Iran route"
---

## Fair opening

- Farid Anwar, a former chairman of the rice exporters' body, spoke at the opening of the first Gulf Rice Fair (140 exhibitors, nine of them Pakistani).
- His estimate: sales to Iran fell by a third, and traders in Quetta now ship rice overland to Zahedan.
"""

WATER = """\
SHYMKENT, Sept 3, 2024 (Central Asia Water Wire) - Kazakhstan will ask Uzbekistan this autumn for a joint commission on sharing the water of the Syr Darya, as the river runs low for a second summer.

Aidar Temirkhanov, the deputy minister of water resources, regretted that the Syr Darya's summer flow is bound by no treaty between the two countries.

Farmers in the Turkestan region say their canals were half empty in August.
"""

COURT = """\
---
title: Court orders property developer wound up
date: 2024-03-11
---

A Kuala Lumpur court on Monday ordered the liquidation of Harbourline Homes, the developer behind three unfinished towers.

Madam Justice Aishah Rahim of the High Court said the buyers had waited long enough, pointing to the developer's unpaid debts and its failure to put forward any plan its creditors could vote on. The order starts a long process in which a liquidator will sell the developer's land and towers. Harbourline Homes shares fell by a fifth in Kuala Lumpur after the ruling.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "fairs_wires_judges",
                       {"rice-notes.md": RICE, "water.txt": WATER, "court.md": COURT})


def test_a_fair_named_in_full_is_where(ask):
    line = ask("Where did the former rice exporters' chairman Farid Anwar speak about the "
               "Iran route?")
    assert "Gulf Rice Fair" in line.rsplit(" — ", 1)[0]


def test_a_wire_credit_is_nobody(ask):
    assert person_names("SHYMKENT, Sept 3, 2024 (Central Asia Water Wire) - Kazakhstan will ask",
                        set()) == []
    line = ask("Who proposed a joint commission with Uzbekistan on the Syr Darya?")
    assert "Aidar Temirkhanov" in line.rsplit(" — ", 1)[0]


def test_which_judge_is_the_person_named(ask):
    assert ask_of("Which Kuala Lumpur judge wound up Harbourline Homes?") == WHO
    line = ask("Which Kuala Lumpur judge ordered Harbourline Homes into liquidation?")
    assert "Aishah Rahim" in line.rsplit(" — ", 1)[0]


PANEL = """\
---
title: Webinar on Pakistan's trade with Uzbekistan
date: 2023-06-12
---

ISLAMABAD: The Institute of Regional Studies held a webinar on Monday on Pakistan's trade with Uzbekistan.

Ms. Sana Iqbal, Research Fellow, Centre for Eurasian Trade at the Institute of Regional Studies, explained how the two countries' trade had grown since 2019. Rice and surgical instruments have been the main goods Pakistan sells to Uzbekistan. In 2022 the two sides signed a transit trade agreement. She suggested opening a joint trade house in Tashkent.
"""


def test_who_said_it_is_the_one_the_paragraph_opens_with(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "paragraph_opens", {"panel.md": PANEL})
    line = ask("Which research fellow said rice and surgical instruments are the main goods "
               "Pakistan sells to Uzbekistan?")
    assert "Sana Iqbal" in line.rsplit(" — ", 1)[0]



def test_who_said_it_on_a_line_cut_past_the_name(real_home):
    # the paragraph opens with the speaker and its last sentence says what was asked: the line,
    # cut to fit around that sentence, says who opened the paragraph
    line = line1_of(real_home)("Which Peshawar assistant professor said that cultural diplomacy "
                               "and people-to-people contacts must be enhanced?")
    assert "Zarmina Baloch" in line.rsplit(" — ", 1)[0]
