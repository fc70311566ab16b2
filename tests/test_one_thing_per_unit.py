"""'One duck can eat more than 200 locusts a day' says what each duck does, not how many ducks
there are: for 'How many ducks ...?' the count of ducks answers. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker, pile_asker

DUCKS = """\
China may send ducks to fight Pakistan's locusts

BEIJING, Feb 27 (Farm Wire) - China is getting ready to send an army of 100,000 ducks from Zhejiang to help Pakistan fight the locust swarms, a local newspaper reported on Thursday.

The Evening News said the birds would follow a team of experts already in Pakistan. It quoted a senior researcher at the provincial academy.

One duck can eat more than 200 locusts a day, the researcher said, and ducks are easier to manage than chickens.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "one_per_unit", {"ducks.txt": DUCKS})


def test_count_of_the_things_not_one_of_them(ask):
    line = ask("How many ducks did the Chinese newspaper say would be sent to Pakistan?")
    assert "100,000 ducks" in line


def test_what_one_does_when_asked(ask):
    line = ask("How many locusts can one duck eat in a day?")
    assert "200 locusts" in line


def test_count_of_the_things_in_a_users_pile(real_home, tmp_path_factory):
    # asked of a development pile's item, as a user who added the pile would
    ask = pile_asker(real_home, tmp_path_factory, "pile132")
    line = ask("How many ducks did the Chinese newspaper say would be sent to Pakistan?")
    assert "100,000 ducks" in line.rsplit(" — ", 1)[0]
