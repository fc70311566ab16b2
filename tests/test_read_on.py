"""When the best hit for a question holds no answer of the kind asked, the paragraph after it
or its item's first one may (Searcher._read_on); for "where", a place the item's title names
is what the item is about, not the answer the best hit lacks. Line 1 of plain output, as the
user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

DANCERS = """\
---
title: Kazakh dancers praise Pakistan's crafts and music
date: 2024-04-11
---
Three folk dancers from Kazakhstan have said that shared tunes and old trade routes tie their homeland to Pakistan, and that festivals could draw the two peoples closer.

They were speaking to reporters after a show at the arts council, where they also watched a puppet play.

The visitors talked about the orchards and bazaars of their home region, and of Shymkent, which they called the greenest city in the south of Kazakhstan and a magnet for families.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "read-on", {"dancers.md": DANCERS})


def test_a_place_the_title_names_is_no_answer_read_on_to(ask):
    # the third paragraph names the city but no place after 'in', 'to', 'from'; the first says
    # 'tie their homeland to Pakistan', and Pakistan is what the item's title is about
    line = ask("Which city did the visiting dancers call the greenest in southern Kazakhstan?")
    assert "Shymkent" in line
