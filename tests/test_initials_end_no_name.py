"""A name's initial ('R.' of 'R. Oshakbayev') ends neither a sentence nor a name: a line cut to
fit keeps the name whole, and a "who" question is not answered by an initial alone. And in a
long text, which goes from subject to subject, 'the minister' of a later part is not whoever an
earlier part names (news items name their subject first; a 25-year review does not)."""

from __future__ import annotations

from conftest import line1_of
from kzpk.query import _name_end, _sentence_end

TEXT = ("bilateral meetings with First Deputy Foreign Minister R. Zhoshybaev and the "
        "Vice-Minister of Investment and Development R. Oshakbayev. With: a list of names")


def test_an_initial_ends_no_sentence():
    at = TEXT.index(" and Development") + 4
    end = _sentence_end(TEXT, at, at + 60)
    assert TEXT[:end].endswith("R. Oshakbayev.")


def test_an_initial_ends_no_name():
    at = TEXT.index(" Oshakbayev")
    assert TEXT[:_name_end(TEXT, at, at + 40)].endswith("R. Oshakbayev.")


def test_the_deputy_named_in_full(real_home):
    line = line1_of(real_home)("Kazakh vice minister investment development meeting Jam Kamal "
                               "Khan 2016")
    assert "R. Oshakbayev" in line


def test_no_holder_from_another_part_of_a_long_text(real_home):
    line = line1_of(real_home)("Which Kazakh first deputy minister met the head of the Pakistani "
                               "delegation at the EXPO-2017 meeting?")
    assert "named in" not in line  # (not 'Nursultan Nazarbayev (the head named in ...#p15)')
