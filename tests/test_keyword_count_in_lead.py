"""Keywords asking a count of things they name ('balkhash strike number of miners') are
answered by the first paragraph that counts them ('Around 240 copper miners came back up ...'),
not by a later one holding more of the keywords ('strikes') and no count of them; and a span of
days ('held from 29 to 31 May') counts nothing, so a first paragraph saying only that is no
answer to 'how many countries'."""

from __future__ import annotations

import pytest

from conftest import items_asker

MINERS = """\
BALKHASH, May 6 (Steppe Wire) - Around 240 copper miners came back up from the Konyrat pit near Balkhash on Sunday, calling off a three-day underground protest after the operator agreed to raise their pay by a fifth.

The men had demanded the rise after food prices in the town climbed sharply over the winter.

The operator had called the men's strikes illegal. Some of the Konyrat men had spent around 70 hours underground by the time they came up.
"""

SUMMIT = """\
---
title: "Notes from Khorog: a delegate at the mountain water summit"
date: 2025-06-10
source: "Margalla Review"
---

I went to the Pamir Mountain Water Summit in Khorog, held from 29 to 31 May 2025, as one of Pakistan's delegates, expecting a routine meeting about rivers.

Hydrologists, farmers' leaders and young engineers came from more than 20 countries, and the talks ran late into every evening.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "leadcount", {"miners.txt": MINERS,
                                                       "summit.md": SUMMIT})


def test_count_of_things_named_in_keywords(ask):
    line = ask("konyrat strike number of miners")
    assert "240 copper miners" in line.rsplit(" — ", 1)[0]


def test_a_span_of_days_counts_nothing(ask):
    line = ask("pamir mountain water summit khorog pakistan delegates from how many countries")
    assert "more than 20 countries" in line.rsplit(" — ", 1)[0]
