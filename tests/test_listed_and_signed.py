"""'In which four sectors ...?' asks for so many things, each named: the sentence listing four
('in energy, transport, farming and technology') answers, though it names them in small letters
and says none of the question's other words. And 'put her signature to' the deal is signing it.
Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

PAPER = """\
---
title: Where the Caspian partnership goes next
date: 2023-04-10
---
Leaders of both countries met in Aktau last spring and spoke warmly of the partnership.

Observers said both states want the most out of the partnership.

The two governments should therefore keep up joint efforts in energy, shipping, fisheries, and tourism to deepen their partnership.
"""

DEAL = """\
---
title: Baku joins the Caspian trade fair
date: 2019-02-20
---
The head of Azerbaijan's delegation, Ilham Gasimov, a senior official of the government, held talks in Aktau on Tuesday on the deal on taking part in the trade fair.

Deputy Trade Minister Leyla Mammadova signed the agreement on Azerbaijan's participation on its behalf.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "listed_and_signed", {"paper.md": PAPER,
                                                               "deal.md": DEAL})


def test_so_many_things_asked_are_answered_by_a_list_of_that_many(ask):
    line = ask("In which four sectors should both sides keep working together to get the most "
               "out of the partnership?")
    assert "energy, shipping, fisheries, and tourism" in line


def test_a_signature_put_to_a_deal_is_a_signing(ask):
    line = ask("Which official put her signature, for the Azerbaijani government, to the deal "
               "on taking part in the trade fair?")
    assert "Leyla Mammadova" in line
