"""A news item's first paragraph that tells the very act a question asks about ('has ordered the
release of 640 Indians') keeps its place before a later paragraph that only holds more of the
question's words ('about 1,200 Indians in Qatari prisons'). Line 1 of plain output, as the user
reads it. (A people's name in -i counts as its plural: 'Iraqis'.)"""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, line1_of

RELEASE = """\
DOHA, March 2 (Gulf Wire) - The Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, has ordered the immediate release of 640 Indians held in the country's jails, India's external affairs ministry said on Saturday.

He told the visiting minister there were about 1,200 Indians in Qatari prisons, most of them labourers held over unpaid debts.

The minister thanked the Emir and said the cases of the others would be taken up by a joint committee.
"""

PARDON = """\
MUSCAT, Nov 18 (Gulf Wire) - Sultan Haitham bin Tarik has ordered the release of 85 Iraqis serving sentences in Omani jails, the Iraqi foreign ministry said on Sunday.

The ministry said about 300 Iraqis were in Gulf prisons, most of them for overstaying their visas.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "act_asked",
                                       {"release.txt": RELEASE, "pardon.txt": PARDON}))


def test_the_paragraph_telling_the_act_asked_answers(ask):
    line = ask("How many Indian prisoners did Sheikh Tamim order to be released?")
    assert "640 Indians" in line


def test_a_people_named_in_i_is_counted(ask):
    # ('Iraqis' is the plural of 'Iraqi', as 'Pakistanis' is of 'Pakistani')
    line = ask("How many Iraqi prisoners did Sultan Haitham order to be released?")
    assert "85 Iraqis" in line


@pytest.mark.parametrize("people", ["Pakistanis", "Iraqis", "Saudis", "Bangladeshis"])
def test_a_number_before_a_people_in_i_counts_them(people):
    from kzpk.question import counted, counts

    asked = counted(f"How many {people[:-1]} workers were sent home?")
    assert counts(f"The embassy said 212 {people} were sent home.", asked, named=True)
    assert not counts("The embassy said 212 were sent home.", asked, named=True)
