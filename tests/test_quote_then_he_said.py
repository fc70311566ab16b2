"""A paragraph that opens on someone's words and says who spoke only as 'he said' goes on about
the person the paragraph before names: a keyword query naming that person and words of the
quote finds the quote. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

CHESS = """\
---
title: Kazakh chess federation widens work with Pakistan
date: 2025-11-20
---
ISLAMABAD: Kazakhstan's chess federation and the Pakistan Chess Federation have agreed to hold joint training camps for juniors next year.

Aidar Bekov, who heads the Kazakh federation and also runs a mining company in Karaganda, told a business forum in the capital that chess could bring young people of the two countries together.

"Next spring our coaches will open free chess libraries in Islamabad," he said, adding that the federation would also send grandmasters to give simultaneous exhibitions.

The two federations signed their first memorandum in 2022.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "quote_said", {"chess.md": CHESS})


def test_the_quote_he_said_is_the_named_person_s(ask):
    line = ask("Aidar Bekov chess libraries Islamabad")
    assert "free chess libraries" in line
