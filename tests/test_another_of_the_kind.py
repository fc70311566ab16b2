"""A news item often recalls another thing of the kind it tells of ('The attack recalled the
bombing of the Pir Rahmat Ali shrine ..., when 19 people were killed'): a question naming the one
the item is about ('the Baba Gulzar Shah shrine') is answered by the figure of that one, not by
the other's; and so for keywords naming it by a word of no English ('farabi hospital herat cost':
not the cost of the 'Sardar Daud Khan Hospital'). A figure asked for each of something ('amount
each family') is the one given for each ('Rs15,000 per household'), not the first paragraph's
total. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, line1_of

SHRINE = """\
MULTAN, March 3 (Indus Wire) - A bomb hidden in a flower basket went off inside the shrine of the saint Baba Gulzar Shah near Multan on Friday evening, killing at least 31 people and wounding more than 90, police said.

The blast struck the main hall during the weekly gathering of devotees. Rescue teams took the wounded to Nishtar Hospital.

The attack recalled the bombing of the Pir Rahmat Ali shrine in Dera Ghazi Khan in October, when 19 people were killed in an attack on worshippers.
"""


EYE = """\
<html><head><title>Uzbekistan hands over Farabi Eye Hospital in Herat - Oxus Review</title>
<meta name="date" content="2021-03-14"></head><body>
<h1>Uzbekistan hands over Farabi Eye Hospital in Herat</h1>
<p>Uzbekistan on Sunday handed the Farabi Eye Hospital in Herat to the Afghan authorities at a ceremony attended by the provincial governor.</p>
<p>The 80-bed hospital has four operating theatres. Uzbekistan's foreign ministry put the cost of the project at $12 million.</p>
<p>The Afghan health minister thanked Tashkent and listed its other projects: the 50-bed Sardar Daud Khan Hospital in Herat province, still being built at a cost of $7 million.</p>
</body></html>
"""


RELIEF = """\
PESHAWAR, Aug 30 (Frontier Relief Wire) - The provincial government has raised its cash package for households hit by the floods in the Swat valley from Rs3 billion to Rs5 billion, so that the money can reach more households.

The grant, Rs15,000 per household, is being paid through post offices in Mingora and Bahrain, the relief department said.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "kind",
                                       {"shrine.txt": SHRINE, "eye.html": EYE,
                                        "relief.txt": RELIEF}))


def test_the_first_paragraph_keeps_its_place_over_another_shrines_toll(ask):
    line = ask("How many were killed in the attack on the Baba Gulzar Shah shrine near Multan?")
    assert "killing at least 31 people" in line.split(" — ")[0]
    assert "19 people" not in line.split(" — ")[0]


def test_a_paragraph_on_another_shrine_gives_no_count_of_this_one(ask):
    line = ask("How many worshippers were killed in the attack on the Baba Gulzar Shah shrine?")
    assert "killing at least 31 people" in line.split(" — ")[0]


def test_keywords_name_the_thing_by_a_word_of_no_english(ask):
    line = ask("farabi hospital herat cost")
    assert "$12 million" in line.split(" — ")[0]


def test_a_figure_for_each_is_the_one_given_for_each(ask):
    line = ask("swat flood cash package amount each household")
    assert "Rs15,000 per household" in line.split(" — ")[0]
