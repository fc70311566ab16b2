"""A death toll is a count of people, whatever word asks its size: 'To what figure did X raise
the death toll ...?' is answered by the paragraph giving the toll ('to 412, with 560 people
injured'), not by a later one giving some other sum ('80,000 police')."""

from __future__ import annotations

import pytest

from conftest import items_asker

CRUSH = """\
MULTAN, Oct 3 (Southern Wire) - Pakistan on Sunday raised the death toll from Friday's stampede at the Multan shrine festival to 412, with 560 people injured, in the worst disaster at the festival in decades.

The provincial health department said most of the dead were pilgrims from rural Punjab, and 40 of them were women. Officials blamed the crush on two crowds meeting in a narrow lane near the main gate.

The interior ministry said it had assigned 80,000 police to the festival, which drew close to three million people.

A three-member inquiry committee was formed and told to report within a month.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "toll_is_a_count", {"crush.txt": CRUSH})


def test_what_figure_a_toll_was_raised_to_is_the_count(ask):
    line = ask("To what figure did Pakistan raise the death toll from the stampede at the shrine?")
    assert "to 412" in line
