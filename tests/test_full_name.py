"""A "who" question answered by a later paragraph of a news item that names the person by
surname alone ('Temirov went further ... he had himself met ...'): line 1 of plain output
gives the name in full, as the item's first paragraph does ('Foreign Minister Nurlan
Temirov'). Not when the paragraph names someone in full itself."""

from __future__ import annotations

import pytest

from conftest import items_asker

TALKS = """\
---
title: Kyrgyzstan softens line on militia as envoy holds talks in Bishkek
---
BISHKEK, Nov 8 – Kyrgyzstan says it is now prepared to talk to every movement in the region, a shift announced as a Gulf envoy spends this week in the capital. President Askar Omurov put out a statement on Tuesday, and Foreign Minister Nurlan Temirov repeated the message on Wednesday.

Temirov went further than the president. He said the militia was the dominant force and had to be dealt with as such, and he disclosed that he had himself met militia commanders in Dubai last year.

Observers said the timing was not lost on anyone.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "full_name", {"talks.md": TALKS})


def test_a_surname_is_given_in_full_as_the_first_paragraph_names_him(ask):
    line = ask("kyrgyz foreign minister who met militia commanders in dubai")
    assert "Nurlan Temirov" in line
    assert "militia commanders in Dubai" in line
