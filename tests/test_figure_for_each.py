"""A figure asked for each of something ('How much will the agency give each registered Somali
refugee ...?') is answered by the paragraph giving it for each, also where the text says 'per
person' for the people the question names ('from $50 to $150 per person'), not by a paragraph
giving a total for them all ('$9 million in all'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

GRANT = """\
GENEVA, May 2 (Relief Wire) - The UN migration agency will triple the cash it gives each registered Somali refugee who goes home from Kenya, its director said on Tuesday.

The grant rises from $50 to $150 per person, a statement said.

The agency will now give $9 million in all to the 60,000 registered Somali refugees it expects from Kenya this year, the director said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "figure_for_each", {"grant.txt": GRANT})


def test_the_figure_per_person_answers(ask):
    line = ask("How much will the agency now give each registered Somali refugee from Kenya?")
    assert "$150 per person" in line


def test_a_person_counted_by_an_adjective_is_paid_per_person():
    from kzpk.question import per_unit

    each = per_unit("How much will each registered Afghan refugee receive?")
    assert each.search("up to $400 per person")
    assert not each.search("a person who returns")
    assert not per_unit("How much is each new road worth?").search("$5 per person")
