"""'How long did X take?' asks a length of time, which 'less than two weeks before the final' or
'three days later' is not: such a span dates another thing. The paragraph saying the work 'took
117 days' answers, not the item's first paragraph."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import HOW_LONG, answers

STADIUM = """\
---
title: Prime minister reopens Multan stadium after its rebuild
date: 2025-02-08
---

MULTAN — Prime Minister Shehbaz Sharif opened the rebuilt Multan Cricket Stadium on Friday evening with fireworks and a full house, less than two weeks before the city hosts its first international match since 2008.

Singers performed and the national side unveiled its new kit for the series.

Work began on October 12 last year and took 109 days, with close to 800 labourers working day and night.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "span_dating", {"stadium.md": STADIUM})


def test_a_span_dating_another_thing_is_no_length():
    assert not answers(HOW_LONG, "less than two weeks before the city hosts a match", set())
    assert not answers(HOW_LONG, "Three days later the talks resumed.", set())
    assert answers(HOW_LONG, "Work began in October and took 109 days.", set())


def test_how_long_the_work_took(ask):
    line = ask("How long did the rebuilding of the Multan Cricket Stadium take?")
    assert "took 109 days" in line.rsplit(" — ", 1)[0]
