"""A misspelt question is read as corrected: what it asks ('the minister of culture', a role) is
read from the words as the note says they were meant, not from the misspelt ones."""

from __future__ import annotations

import pytest

from conftest import items_asker

FESTIVAL = """\
---
title: Festival of Kazakh films opens in Lahore
date: 2023-04-02
---
LAHORE: A week of Kazakh films opened at the Alhamra arts centre on Saturday.

Film critic Daniyar Omarov said the Kazakh film festival at the culture centre showed the culture of both countries.

Minister of Culture Aigerim Sadykova cut the ribbon at the opening.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "corrected", {"festival.md": FESTIVAL})


def test_misspelt_role_asked_is_read_as_corrected(ask):
    assert "Aigerim Sadykova" in ask("Who is the minister of culture at the Kazakh film festival?")
    assert "Aigerim Sadykova" in ask("Who is the minster of culture at the Kazakh film festival?")
