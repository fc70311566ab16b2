"""'Pakistan's ambassador' is not 'the Ambassador of Kazakhstan to Pakistan': a text that names the
thing asked about as another's, with its owner after it ('Ambassador of Kazakhstan', 'of the
Republic of Kazakhstan'), answers at half weight, as one saying 'Kazakhstan's Ambassador' does."""

from __future__ import annotations

import pytest

from conftest import items_asker

FAIR = """\
---
title: Ambassador of Kazakhstan opens trade fair in Karachi
date: 2019-03-04
---
KARACHI: Arman Zhunusov, Ambassador of Kazakhstan to Pakistan, opened a fair of Kazakh goods on Monday. The Ambassador of the Republic of Kazakhstan said Pakistan and Kazakhstan should trade more.
"""

VISIT = """\
---
title: President visits Almaty
date: 2019-05-10
---
ALMATY: The president arrived for talks on energy, roads and a new air link, and was received at the airport by the mayor. Pakistan's Ambassador to Kazakhstan, Tariq Mehmood, accompanied him.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "owner", {"fair.md": FAIR, "visit.md": VISIT})


def test_thing_of_another_owner_is_not_the_one_asked(ask):
    assert "Tariq Mehmood" in ask("Who was Pakistan's ambassador to Kazakhstan in 2019?")
