"""Three ways a text gives what a question asks in other words. A count put as 'the number of
people evacuated at 1,036' counts the people; 'Which shepherd ...?' is answered by the sentence
saying the shepherd beside his name ('Gul Rehman, a shepherd from ...'), not by another's words
about 'the shepherd's warning'; and a compound no document writes whose second part is a verb's
noun in -ing ('peacemaking') is searched as its two words, not taken for a subject no document
mentions. A hyphenated name with one part in another spelling ('Suleiman-Too') is the name a
document writes joined to the other part ('Sulaiman-Too'), and a year before 1900 after 'in'
('put up by Babur in 1510') says when. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, search_plain

MUDFLOW = """\
---
title: Mudflow hits villages in the Talgar valley
date: 2019-07-11
---
TALGAR — A mudflow from a burst moraine lake swept into two villages in the Talgar valley early on Thursday, damaging houses and roads.

By the evening the emergencies department put the number of people evacuated at 842, all of them housed in local schools. Nine people were taken to hospital and 40 received first aid.

The department said the lake had grown quickly in the hot weeks before.
"""

FLOOD = """\
---
title: Shepherd's call saves a valley village from a glacier flood
date: 2024-08-02
---
A glacier flood buried parts of the village of Darkot in Yasin valley early on Friday.

That no one died is thanks to Gul Rehman, a shepherd from Darkot who was with his flock near the ice. When he saw the lake breaking up he telephoned the village and told people to run. The district's spokesman, Arif Jan, said the shepherd's warning helped save the valley's people, and that the early warning system had failed.
"""

FORUM = """\
---
title: Regional forum on Central Asia
date: 2022-11-02
---
The forum heard eleven speakers from universities in Pakistan and Kazakhstan on making policy together.

Former Vice Chancellor of the Women University Multan Prof. Dr. Samina Akhtar highlighted Kazakhstan's humanitarian and peace-building role in the region.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("count_role_compound")
    return add_items(make_home(root / "home"), root, {"mudflow.md": MUDFLOW, "flood.md": FLOOD,
                                                      "forum.md": FORUM})


def ask(home, query: str) -> str:
    code, line, err = search_plain(home, query)
    assert code == 0, err
    return line


def test_the_number_of_people_put_at_a_figure_counts_them(home):
    line = ask(home, "How many people were evacuated after the Talgar mudflow?")
    assert line.split("] ", 1)[1].split(" ", 1)[1].startswith("By the evening")
    assert "evacuated at 842" in line


def test_the_role_said_beside_a_name_answers_which_holder(home):
    line = ask(home, "Which shepherd warned the village before the Yasin valley glacier flood?")
    assert "Gul Rehman, a shepherd" in line


def test_a_compound_in_ing_no_document_writes_is_searched_as_two_words(home):
    line = ask(home, "Which former head of a women's university spoke of Kazakhstan's "
                     "humanitarian and peacemaking role?")
    assert "Samina Akhtar" in line


def test_a_hyphenated_name_in_another_spelling_is_the_name_written(tmp_path_factory):
    # ('Suleiman-Too' for the 'Sulaiman-Too' a document writes: the other part, 'Too', stands
    # joined to the near miss there)
    root = tmp_path_factory.mktemp("hyphened")
    home = add_items(make_home(root / "home"), root, {"osh.txt": OSH})
    code, line, err = search_plain(home, "In which year did Babur put up the mosque on the highest peak of Suleiman-Too?")
    assert code == 0, err
    assert "Babur in 1510" in line
    assert "showing results for 'In which year did Babur put up the mosque on the highest peak of Sulaiman-Too" in err


OSH = """\
Osh's sacred mountain joins the World Heritage List

OSH, June 27 (Valley Wire) - The sacred mountain of Sulaiman-Too in the city of Osh was put on the World Heritage List on Friday.

The best known of its shrines, a small mosque on the highest peak, goes back to one put up by Babur in 1510.
"""
