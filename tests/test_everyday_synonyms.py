"""Everyday words a question may use for what a text writes otherwise: 'youngsters' and
'grown-ups' for children and adults."""

from __future__ import annotations

import pytest

from conftest import items_asker

TREMOR = """\
---
title: Shymkent residents spend the night outdoors after a tremor
date: 2024-03-02
---

SHYMKENT, March 2, 2024 (Steppe Wire) - A night-time tremor sent thousands of Shymkent residents into the streets on Friday.

By noon the city's press service said 31 people, 24 adults and 7 children, had asked for medical help.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "everyday_synonyms", {"tremor.md": TREMOR})


def test_youngsters_are_children(ask):
    line = ask("How many grown-ups and youngsters in Shymkent asked doctors for help after the "
               "tremor?")
    assert "24 adults and 7 children" in line.rsplit(" — ", 1)[0]

