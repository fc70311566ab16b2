"""A number the question writes in words and a document in digits ('nineteen delegations' for
'delegations from 19 countries') names no subject no document mentions: it is searched as the
document writes it, and the question answered. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

QUOTA = """\
---
title: Vaskaria restores the pilgrim quota
date: 2023-01-10
---
JEDDAH: Vaskaria has restored the pilgrim quota to its level before the pandemic.

In Jeddah the minister of pilgrimage, Tawfiq Orlani, said delegations from 19 countries had signed their agreements for the season.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "number_in_words", {"quota.md": QUOTA})


def test_a_number_in_words_is_searched_in_digits(ask):
    assert "Tawfiq Orlani" in ask(
        "Which minister of pilgrimage said nineteen delegations had signed agreements?")
