"""'In which Karachi neighbourhood was ...?' asks where, a word between 'which' and the kind of
place as in 'In which housing district ...?', and is answered by the sentence naming the
neighbourhood; 'Who lodged the appeal ...?' is answered by the sentence saying the appeal was
brought by someone, in another verb and by a body, not a person ('... had been filed by the
Traders Welfare Union')."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, line1_of
from kzpk.question import WHERE, ask_of

FIRE = """\
KARACHI, March 3, 2021 (Indus Wire) - Police in Karachi were questioning three people on Thursday, among them the manager of the Rahat Diagnostic Centre, after a fire gutted the private laboratory late on Wednesday and killed seven people.

Four of the dead were technicians, a fire brigade spokesman said, adding that the flames had reached chemical drums kept on the ground floor.

The centre, in the crowded western neighbourhood of Lyari, mainly ran blood tests and X-rays, and 18 members of staff were at work when the fire broke out.
"""

APPEAL = """\
---
title: High court halts demolition of Saddar market
date: 2020-09-14
source: Sindh Courts Weekly
---
# High court halts demolition of Saddar market

The Sindh High Court on Monday suspended the order to demolish the Empress Market shops in Saddar and sent the case back to the building authority.

Justice Omar Sial heard the matter in the court's main building, where lawyers for both sides, a crowd of shopkeepers, officials of the city's heritage department and several reporters had gathered since early morning, and the hearing, which was adjourned twice for the judge to read the survey reports on the building, ran well past the afternoon break before the order was dictated in open court. The appeal had been filed by the Traders Welfare Union, a body of shopkeepers who say the market has stood for a century. The judge asked why the authority had given the traders no notice.

The Sindh Building Control Authority first ordered the demolition of the Saddar market shops in June, and the Sindh High Court's earlier bench refused to halt the demolition in July, citing damage to the market's old stone walls.
"""


BOXER = """\
BISHKEK, Nov 2 (Ala-Too Wire) - A Kyrgyz boxer fought at a tournament in Dubai without her team's permission, officials said.

Later on Monday the head of Kyrgyzstan's boxing federation, Talant Usenov, said she had not been sent by the country. "This boxer travelled privately and at her own expense," the federation chief was quoted as saying by the Kabar news agency, adding that she had not asked the federation for leave.
"""


def test_which_kind_of_place_with_a_word_between_asks_where():
    assert ask_of("In which Lahore neighbourhood did the fire break out?") == WHERE
    assert ask_of("In which housing district will the hospital rise?") == WHERE


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("neighbourhood")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"fire.txt": FIRE, "appeal.md": APPEAL, "boxer.txt": BOXER})
    return line1_of(home)


def test_neighbourhood_asked_is_answered_by_the_place_named(ask):
    line = ask("In which Karachi neighbourhood was the Rahat Diagnostic Centre?")
    assert "neighbourhood of Lyari" in line.rsplit(" — ", 1)[0]


def test_who_did_it_is_answered_by_the_doer_after_by(ask):
    line = ask("Who lodged the appeal that made the Sindh High Court halt the Saddar demolition?")
    # the line starts at that sentence, with no one else named before it as the doer
    assert line.startswith("1. [passage] 2020-09-14 …The appeal had been filed by the Traders "
                           "Welfare Union")


def test_who_is_not_answered_by_the_agency_quoting_someone(ask):
    line = ask("who heads kyrgyz boxing federation and said she travelled at her own expense")
    assert "Talant Usenov" in line.rsplit(" — ", 1)[0]
