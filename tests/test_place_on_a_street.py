"""A "where" question answered by a paragraph that places its thing on a street ('the main venue
is the ... school on M.A. Jinnah Road'): the street is a place given, so the paragraph answers,
and a paragraph beside it that names some other place ('from Pakistan, the US ...') does not
take its rank. And a keyword query's word for the kind of place asked ('venue') counts in the
paragraph that says it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FESTIVAL = """\
---
title: Quetta's first arts festival opens under the theme Memory
date: 2019-10-21
---
# Quetta's first arts festival opens under the theme Memory

Quetta Arts Festival 2019 (QAF19), billed as Balochistan's largest contemporary art event, opened on Saturday and runs until 3 November. It spreads exhibitions, performances and talks across 9 venues in the city, among them schools, libraries and parks.

The festival is organised by the Quetta Arts Trust, whose chair is the painter Sabiha Rind. Some 120 participants, from Pakistan, the UK, Iran, Turkey and elsewhere, are responding to the theme Memory, chosen for what it says about loss and record-keeping. The organisers say the idea was first raised in 2016.

The main venue is the Sandeman High School on M.A. Jinnah Road, opened in 1890 as the province's first public school; the building once housed the provincial assembly. Other venues include the Quetta Serena Gallery and the Balochistan Archive.

QAF19 is meant to return every two years.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "place_on_a_street", {"qaf19.md": FESTIVAL})


def test_a_venue_on_a_street_answers_where(ask):
    line = ask("quetta arts festival 2019 main venue school")
    assert "Sandeman High School" in line
