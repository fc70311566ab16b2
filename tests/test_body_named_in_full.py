"""'Which institute ...?' asks for a body: a sentence naming one in full answers, though no acronym
stands beside it ('The Margulan Archaeological Institute is now running a large excavation
there'), before a paragraph holding more of the question's words that names none. What the user
sees: line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

DIG = """\
---
title: Archaeologists uncover walls of an old citadel
date: 2025-04-10
---
Turkestan's best-known landmark is its old mausoleum, and the dig at the old citadel lies only 300 metres south of it, exposing more of the old citadel each season.

The Margulan Archaeological Institute is now running a large excavation there, and it has brought to light details nobody knew before.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "bodyfull", {"dig.md": DIG})


def test_a_body_named_in_full_answers_which_institute(ask):
    assert "Margulan Archaeological Institute" in ask(
        "Which institute is excavating the old citadel in Turkestan?")
