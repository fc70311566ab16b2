"""'How many deputies voted ...?' is answered by the count of votes ('by 81 votes to 17'), and
'children under 16' is an age, not a count of the children or deputies a question asks about."""

from __future__ import annotations

import pytest

from conftest import items_asker

WATER = """\
ASTANA, March 3 (Steppe Wire) - Kazakhstan's lower house on Wednesday approved a new water code that sets fees for irrigation water drawn from canals and makes farmers who waste it pay fines.

The Mazhilis passed the code by 81 votes to 17 after a debate of more than four hours, and it now goes to the Senate.

Deputies said that until now farmers' sons could draw canal water in their own name only once they turned 18, and many never did.

The agriculture ministry said the fees would raise about 12 billion tenge a year for canal repairs.
"""

PENSION = """\
BISHKEK, June 9 (Ala-Too Wire) - Kyrgyzstan's parliament on Thursday approved a pension bill that lets widows draw their late husbands' pensions in full.

The Jogorku Kenesh passed the bill by 64 votes to 30, and President Japarov is expected to sign it this month.

Under the pension bill, widows with children under 16 and former deputies of the Jogorku Kenesh who lost a husband in service will be paid from January.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "votes", {"water.txt": WATER, "pension.txt": PENSION})


def test_how_many_voted_is_answered_by_the_votes(ask):
    line = ask("How many deputies voted for the water code in the Mazhilis?")
    assert "81 votes to 17" in line.rsplit(" — ", 1)[0]


def test_an_age_after_children_counts_no_one(ask):
    line = ask("How many deputies backed the pension bill in the Jogorku Kenesh?")
    assert "64 votes to 30" in line.rsplit(" — ", 1)[0]
