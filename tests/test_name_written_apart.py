"""A name a query writes as two words, whose first part no document holds ('Digi Kala'), is
searched as the one word a document writes ('Digikala'), and said on stderr, not answered with
"nothing found". And a misspelt word that one slip makes of two English words ('layofs': a
letter left out of 'layoffs', a letter changed of 'layoff') is read as the commoner slip, which
may only describe what the question asks about."""

from __future__ import annotations

import pytest

from conftest import items_asker

SHOP = """\
TEHRAN, July 24 (Gulf Tech Wire) - Iranian authorities sealed the Tehran headquarters of the online retailer Digikala on Monday, the company said.

Often called "Iran's Amazon", Digikala says it has more than 40 million monthly active users and hosts over 300,000 merchants.
"""

CUTS = """\
---
title: Bazaarly announces job cuts
date: 2024-02-27
---
Bazaarly Group, the online marketplace owned by Alibaba, is laying off staff throughout the group so that it can "adopt a more streamlined and agile structure", its acting chief executive, James Dong, told employees.
"""


LEAK = """\
---
title: Data theft inquiry reports
date: 2024-03-28
---
The inquiry team was headed by the agency's director of cybercrime, Waqar-ud-Din Syed, and included officers of the identity authority itself.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "name_written_apart",
                       {"shop.txt": SHOP, "cuts.md": CUTS, "leak.md": LEAK})


def test_a_name_in_two_words_is_searched_as_one(ask):
    line = ask("Digi Kala monthly users Iran's Amazon")
    assert "40 million monthly active users" in line


def test_a_slip_read_as_the_commoner_one(ask):
    line = ask("what kind of structure did bazaarly want to adopt with the layofs")
    assert "streamlined and agile structure" in line


def test_a_name_written_joined_that_a_document_hyphenates(ask):
    # 'Waqaruddin' for the text's 'Waqar-ud-Din': its parts, the particle between
    line = ask("Waqaruddin Syed cybercrime inquiry team")
    assert "Waqar-ud-Din Syed" in line
