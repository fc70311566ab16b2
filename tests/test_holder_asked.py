"""A "who" question answered by a later paragraph of a news item that speaks of two posts ('The
minister of state praised the president ...'): line 1 names the holder of the post the
question asks about — the one it names first — as the item's first paragraph gives it (or the
first earlier paragraph that does, when the first names no one so), or as a wire story does,
by opening the next paragraph with the name of the one whose post it said ('..., its director
general said on Tuesday.' / 'Tomas Ardel Renn told reporters ...'), past
the body the post is of ('The president of the Conference on ... in Northern Vask,
Ambassador Lena Orvik, called on ...'). Invented news item, taken from no document kzpk bundles
and no evaluation set; each test reads line 1 of plain output, as the user does."""

from __future__ import annotations

import pytest

from conftest import items_asker

ITEM = """\
---
title: River trade body's head calls at the Foreign Office
date: 2013-02-21
---
VASK, Feb 21 – The president of the Conference on Interaction and River Trade Measures in Northern Vask, Ambassador Lena Orvik, called on Minister of State for Foreign Affairs Tomas Brell Harlan at the Foreign Office on Thursday.

Ambassador Orvik told the minister how the body had grown over the years and what it planned for the next year.

The minister of state praised the president for the part she had played in building the conference into an important regional body.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "holder_asked", {"item.md": ITEM})


def test_the_holder_of_the_post_asked_first_is_named(ask):
    line = ask("conference president who was praised by the minister of state for building the "
               "conference into an important regional body")
    assert "Ambassador Lena Orvik (the president named in " in line


def test_the_other_post_asked_first_names_its_own_holder(ask):
    line = ask("Which minister of state praised the president for building the "
               "conference into an important regional body?")
    assert "Tomas Brell Harlan (the minister named in " in line


LATER = """\
---
title: Orlen teachers to study Vask schools
date: 2019-05-02
---
VASK, May 2 – A delegation from Orlen will study the schools of Vask next month, officials said on Thursday.

The decision came at a meeting between the envoy of Vask and the parliamentary secretary for schooling, Mira Dalen, at the ministry.

The parliamentary secretary is to lead the delegation, which will visit ten schools in three provinces.
"""


def test_a_holder_named_in_a_later_paragraph_than_the_first_is_named(tmp_path_factory):
    # the first paragraph names no one; the second gives the post with its holder
    ask = items_asker(tmp_path_factory, "holder_later", {"later.md": LATER})
    line = ask("Which parliamentary secretary is to lead the delegation that will visit ten "
               "schools?")
    assert line.startswith("1. ") and "Mira Dalen (the parliamentary secretary named in " in line


WIRE = """\
Vask grain board plans a caravan to Orlen

VASK, March 3 (Agencies) – The Vask Grain Board will send a caravan of millers across Orlen in the spring to sell flour in its markets, its director general said on Tuesday.

Tomas Ardel Renn told reporters that the caravan would stop in six towns. Its high point is to be a flour fair in Kessa, where the board's other goods will be shown.

The board also hopes to open an office in Orlen next year.
"""


def test_a_wire_story_names_the_post_holder_in_the_next_paragraph(tmp_path_factory):
    # the post said without a name at a paragraph's end ('its director general said'), and the
    # next paragraph opening with a name: a wire story's way of saying who holds the post
    ask = items_asker(tmp_path_factory, "holder_wire", {"wire.txt": WIRE})
    line = ask("Who is the director general who announced a flour fair in Kessa?")
    assert "Tomas Ardel Renn (the director general named in " in line
    line = ask("Who is the grain board's director general who will send a caravan of millers "
               "across Orlen?")
    assert "Tomas Ardel Renn (the director general named in " in line


BODY_WIRE = """\
Vask riders win junior gold

VASK, May 7 (Sports Desk Wire) – Vask's junior pair Aibek Tursunov and Rustam Kessa beat Orlen in the final to win the gold medal.

The chairman of the Vask Riding Federation called it the first time Vask had won a junior title; the seniors have won several. Pel Darro Khan thanked the sports board for a training camp.
"""


def test_a_post_of_a_body_named_then_its_holder_in_the_next_sentence(tmp_path_factory):
    # 'The chairman of the Vask Riding Federation called it ...' names the post and the body
    # between it and the verb; the next sentence opens with the holder's name
    ask = items_asker(tmp_path_factory, "holder_body", {"riders.txt": BODY_WIRE})
    line = ask("Who is chairman of the Vask Riding Federation whose juniors won gold?")
    assert "Pel Darro Khan (the chairman named in " in line


TITLED = """\
Orlen and Vask talk rivers

VASK, June 3 – The foreign ministry said on Monday that Deputy Foreign Minister Lio Maren Tessa met the head of the river council, Aibek Tursunov, in Vask.

The two reviewed the work of the river council. The deputy minister praised the council's first year.
"""


def test_a_holder_named_with_the_title_before_the_name_is_named(tmp_path_factory):
    # 'Deputy Foreign Minister Lio Maren Tessa': the name is what follows the title
    ask = items_asker(tmp_path_factory, "holder_titled", {"rivers.txt": TITLED})
    line = ask("Which deputy minister praised the river council's first year?")
    assert "Lio Maren Tessa (the " in line


ADMITTED = """\
---
title: Harbour clinic says it has no free beds
date: 2020-11-06
---
PORTVALE, 6 November 2020 – The clinic at Eastmere, on the edge of Portvale, is now completely full, its chief doctor has admitted.

Marek Tolvan Dusk, who runs the clinic, said in an interview that there was no space left for new patients.

The city now has 900 beds across its hospitals and three reserve wards, at Sorrow Lane, on Kettle Shosse and at Eastmere itself.
"""


def test_a_chief_doctor_who_has_admitted_is_named_by_the_next_paragraph(tmp_path_factory):
    # 'chief doctor' is a post ('doctor' alone asks for a kind of person), and 'has admitted'
    # reports what the holder said as 'said' does
    ask = items_asker(tmp_path_factory, "holder_admitted", {"clinic.md": ADMITTED})
    line = ask("Who is the chief doctor of the Eastmere clinic?")
    assert "Marek Tolvan Dusk (the chief doctor named in " in line
