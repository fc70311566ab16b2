"""Two ways line 1 of a news item could show the wrong part of it. Of two sentences of a
paragraph holding a question's words alike, the one saying its verb answers ('On the AIX the
stock opened at 412 tenge' for 'At what price did the shares open ...?', not 'It later climbed
... and ended the day at ...'); and a page's line of links to other stories ('More: Caspian tech
index; tenge fixings; ...') tells nothing of the item, though it holds a question's word."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.query import _links_only

LISTING = """\
---
title: Steppe Dairy lists below its issue price after Kazakhstan's biggest food IPO
date: 2025-06-10
---

ALMATY — Shares of Steppe Dairy, the milk processor, opened at a discount on Tuesday, their first day of trading, even as the wider market rose.

On the AIX the stock opened at 412 tenge, below the issue price of 450 tenge. It later climbed to an intraday high of 433 tenge on the AIX and ended the day at 428 tenge.

The company sold 12 percent of its shares in the offer, which drew 19,000 retail investors.
"""

HALTED = """\
---
title: Exchange halts Tenge Pay listing two days before debut
date: 2024-03-05
---

ALMATY — The Kazakhstan Stock Exchange on Tuesday suspended the initial public offering of the payments firm Tenge Pay on its Growth Market, two days before the fintech firm was due to begin trading.

The regulator said the offer had left out a change to its licence.

*More: Caspian tech index; tenge fixings; Almaty startup funding.*
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "verb_sentence_link_lists",
                       {"listing.md": LISTING, "halted.md": HALTED})


def test_the_sentence_saying_the_verb_starts_line_1(ask):
    line = ask("At what price did Steppe Dairy shares open on the AIX on their first day of "
               "trading?")
    assert "412 tenge" in line.rsplit(" — ", 1)[0]


def test_a_line_of_links_is_no_answer(ask):
    line = ask("On which Kazakh board for new tech firms was the payments company meant to "
               "debut?")
    assert "Growth Market" in line.rsplit(" — ", 1)[0]


def test_links_only():
    assert _links_only("More: Caspian tech index; tenge fixings; Almaty startup funding.")
    assert _links_only("**Also read:** Rupee steady as reserves rise")
    assert not _links_only("More than 400 people attended the forum: students and teachers.")
