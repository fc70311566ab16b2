"""More of the words a question uses where the news uses others: 'northern' for 'north', a
'native lineage' for a 'local breed', 'relatives' for 'family', a 'web seminar' for an 'online
conference', 'who penned the essay' for 'wrote the article'. Each finds the text, where before a
question in those words found nothing or another text."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, line1_of, run_kzpk

ROAD = """\
GILGIT, March 2, 2016 (Karakoram Wire) - Work on a road linking Ghizer to the Tajik border through the Broghil pass may start next year, officials said. A first survey of the route north of Ghizer had been made in 1997, the chief engineer said, but nothing came of it.
"""

HORSES = """\
---
title: Kyrgyz herders count their horses
date: 2023-06-12
source: Tian Shan Farm News
---
# Kyrgyz herders count their horses

The Kyrgyz Republic has some 560,000 horses. Four local breeds are kept, and two of them have won recognition abroad: the Novokirgiz, in 1954, and the Kyrgyz Jaby, in 1989.
"""

ESSAY = """\
---
title: Notes on a journal issue
date: 2021-01-20
source: Steppe Review
---
# Notes on a journal issue

The issue's lead article, on how Kyrgyz-Pakistani trade has grown since 2015, was written by Dr Gulnara Isaeva of the Bishkek Humanitarian University.
"""


@pytest.fixture(scope="module")
def everyday(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("everyday")
    home = copy_home(real_home, root / "home")
    return add_items(home, root, {"road.txt": ROAD, "horses.md": HORSES, "essay.md": ESSAY})


@pytest.fixture(scope="module")
def ask(everyday):
    return line1_of(everyday)


def test_northern_finds_north(ask):
    line = ask("When was the northern route from Ghizer first surveyed?")
    assert "1997" in line.rsplit(" — ", 1)[0]


def test_native_lineage_finds_local_breed(everyday):
    r = run_kzpk(everyday, "search", "Which native Kyrgyz lineage was recognised abroad in 1989?",
                 "--format", "plain", "--limit", "1")
    assert "Kyrgyz Jaby" in r.out.splitlines()[0].rsplit(" — ", 1)[0]
    assert "native" not in r.err and "lineage" not in r.err  # found, not searched without


def test_penned_essay_finds_written_article(ask):
    line = ask("Who penned the essay on how Kyrgyz-Pakistani trade has grown?")
    assert "Gulnara Isaeva" in line.rsplit(" — ", 1)[0]
