"""A "who" question about a post ('Which parliamentary secretary ... is to lead the delegation?')
whose best hit names the post but no one holding it ('The parliamentary secretary is to lead
the delegation') is answered by the item's paragraph naming the holder beside the post's words,
even where that paragraph holds fewer of the question's words (here the text misspells the
post, 'Parliamentry', as real pages do).

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

SCHOOLS = """\
Orlen to send delegation to study Tessa schools

VASK – Orlen and Tessa have agreed to widen their cooperation in education, especially in secondary schooling, and an official Orlen delegation will travel to Tessa to study its schools.

The decision came at a meeting between the Tessa envoy to Orlen, Pel Darro, and the Parliamentry Secretary for the Office of Schooling and Training, Lio Maren. Their talks dealt with lasting links between the school systems of the two provinces.

The parliamentary secretary is to lead the delegation, whose members will study Tessa's school programmes and its educational system first-hand.
"""


def test_holder_of_the_post_named_in_another_paragraph(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"schools.md": SCHOOLS})
    line = line1_of(home)(
        "Which parliamentary secretary for education is to lead an Orlen delegation to study "
        "Tessa schools?")
    assert "Lio Maren" in line
