"""A curated record that does not hold a rare name the question asks about does not outrank a
passage that holds it: 'Who heads the political research unit at Kazakhstan's Institute for
Strategic Studies under the President?' is answered by the paragraph naming the head of its
Political Research Department, not by the record of another of the institute's fellows, which
holds the institute's name but not the department's. Line 1 of plain output, as the user reads
it."""

from __future__ import annotations

from conftest import line1_of


def test_a_record_without_the_rare_name_asked_does_not_outrank_the_passage(real_home):
    line = line1_of(real_home)("Who heads the political research unit at Kazakhstan's "
                               "Institute for Strategic Studies under the President?")
    assert "Political Research Department" in line and "Toktarov" in line, line
