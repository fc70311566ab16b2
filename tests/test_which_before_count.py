"""A "which" question naming a person ('Which union leader ...?') asks who, though its clause
names a count ('... confirmed the final number of dead'): line 1 names the leader, not the
paragraph giving the most deaths. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

BLAST = """\
---
title: No survivors as Vaskar colliery death toll reaches 43
date: 2011-03-22
---
VASKAR - Rescue teams brought up the last bodies from the Vaskar colliery on Tuesday, two days after a gas explosion trapped the miners, putting the final number of dead at 43.

Tamir Oskenbay, president of the Orlania Mine Workers Union and a leader of its strike last year, confirmed the final toll and said the pit had been declared unsafe a year earlier.
"""

COLLAPSE = """\
---
title: Seven dead in Orla copper mine collapse
date: 2025-02-19
---
ORLA - Seven workers died on Monday when a mass of rock collapsed deep inside the Orla copper mine, the emergencies ministry said. The number of dead makes it the worst accident at the mine in a decade, and all seven bodies were brought to the surface by Tuesday near Vaskar.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "which_before_count",
                       {"blast.md": BLAST, "collapse.md": COLLAPSE})


def test_a_union_leader_asked_for(ask):
    assert "Tamir Oskenbay" in ask("Which mine workers' union leader confirmed the final number "
                                   "of dead near Vaskar?")
