"""Keywords asking the first and the last day ('... from when to when') ask a span, as 'When
does it start and end?' does: the line giving both days ('from 3 to 5 March'), not one naming
the thing and a single day. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FESTIVAL = """\
---
title: Almaty book fair to host Pakistani publishers
date: 2024-02-20
source: Steppe Culture Review
---

Twelve Pakistani publishing houses will take stands at the Almaty book fair, the organisers said on Tuesday, the largest group from South Asia in the fair's history.

The Almaty book fair is held at the Atakent exhibition centre and runs from 3 to 5 March, with readings in Kazakh, Russian, Urdu and English.

A first Almaty book fair was held in the city in 2019 with publishers from nine countries.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "span_keywords", {"fair.md": FESTIVAL})


def test_from_when_to_when_asks_the_span(ask):
    line = ask("almaty book fair pakistani publishers from when to when")
    assert "from 3 to 5 March" in line
