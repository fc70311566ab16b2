"""A Markdown document's inline marks are no part of its words: a name set in bold
('**Yerkin Tukumov**'), a link's text, code ticks. Search finds the words they mark and line 1
shows them as a page does, without asterisks or addresses; a paragraph's run-in heading in bold
('**Dostyq.** At the sports centre ...') is read with the sentence it heads. What the user sees:
line 1 of plain output, and the exit code."""

from __future__ import annotations

import pytest

from conftest import add_items, items_asker, make_home, run_kzpk

ENVOY = """\
---
title: Astana names a special representative for Afghanistan
date: 2025-06-20
---
Kazakhstan named **Yerkin Tukumov** its special representative for Afghanistan this month.

The satellite **Badr-A** was launched on 16 July 1990, as the [space agency's page](https://example.org/badr_a) recalls.

**Dostyq centre.** The plan is to found federations of togyzkumalak and kuresi. The opening drew ministers, ambassadors and a large crowd of students from both countries, who watched demonstrations of traditional wrestling and board games in the main hall for most of the afternoon. Speakers recalled that the two countries have worked together in sport since the early years of independence, and promised more exchanges of athletes and officials in the years ahead. Federations founded at the centre for these games will hold joint camps.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "markdown", {"envoy.md": ENVOY})


def test_a_name_in_bold_is_found_and_shown_without_its_marks(ask):
    line = ask("Who is Kazakhstan's special representative for Afghanistan?")
    assert "Yerkin Tukumov" in line and "*" not in line


def test_a_word_in_bold_is_searchable(ask):
    line = ask("When was Badr-A launched?")
    assert "16 July 1990" in line
    assert "*" not in line and "https://" not in line and "space agency's page" in line


def test_a_run_in_heading_is_read_with_the_sentence_it_heads(ask):
    # 'Dostyq centre' stands only in the heading: the sentence it heads answers, not a later
    # one holding more of the question's other words
    line = ask("Which games will the Dostyq centre found federations for?")
    assert "togyzkumalak" in line
