"""A "which" question naming a role with a prefix ('Which ministry under-secretary ...?',
'Which ex-leader ...?') asks who, as one naming the role alone does: line 1 names the person,
also when the answering sentence says only 'He' and the paragraph named him before. Invented
news item, taken from no document kzpk bundles and no evaluation set; line 1 of plain output,
as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

WEEK = """\
VASK CITY, March 18 (Test Wire) - Vaskaria will bring in a points system for drivers this year, the interior ministry said on Sunday.

Major-General Orlan Tarek Bektemir, the ministry's Under-Secretary, told reporters the final draft was ready to go to the cabinet and that he expected it to be approved and enforced this year, with penalty points for speeding, for running a red light and for driving without a seat belt. He was speaking after opening the 22nd Vask Road Week at the Harbour Mall, where several hundred schoolchildren joined the first day of the campaign, held across the country under the slogan \"Prevention is better than cure\".
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "prefixed_role", {"week.txt": WEEK})


def test_a_prefixed_role_asks_who(ask):
    line = ask("Which interior ministry under-secretary opened the 22nd Vask Road Week?")
    assert line.startswith("1. [passage] Major-General Orlan Tarek Bektemir")
