"""'How large was the hypermarket?' is answered by an area ('12,500 square metres', '5,000 sq
m'), a figure like any other; and a bound prefix on an English word no document writes
('redenominated': 're' and 'denominated') may only describe, as the English word may: the
question is searched without it, and kzpk says so. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker, run_kzpk

STORE = """\
ALMATY, May 30 (Test Retail Wire) - Carrefive will shut its only hypermarket in Kazakhstan barely 15 months after it opened, its local operator said on Tuesday.

The operator blamed the fall of the tenge and competition for the closure.

The store, of about 12,500 square metres, sits in a mall on the edge of Almaty and opened in February last year.
"""

SOM = """\
---
title: Parliament votes to knock three zeros off the som
date: 2025-10-06
---
BISHKEK: The parliament approved on Sunday a bill striking three zeros from the national currency.

A new subunit, the tyiyn-2, will be worth one hundredth of a new som.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "area_and_prefixed", {"store.txt": STORE, "som.md": SOM})


def test_an_area_answers_how_large(ask):
    assert "12,500 square metres" in ask("How large was the Carrefive hypermarket in Almaty?")


def test_a_prefixed_english_word_may_only_describe(ask):
    assert "tyiyn-2" in ask("What will the new subunit of the redenominated som be called?")
