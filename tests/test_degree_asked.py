"""A person's degree asked in keywords ('laumulin degree') where no document writes 'degree':
the word names the kind of answer, not a subject no document mentions, and line 1 gives the
person's titles as the documents write them."""

from __future__ import annotations

from conftest import line1_of


def test_a_degree_asked_is_the_kind_of_answer(real_home):
    assert "Doctor of Political Sciences" in line1_of(real_home)("Laumulin degree")
