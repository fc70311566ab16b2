"""A preposition a question keeps as a word ('under the final award') is nothing a later
paragraph of a news item says more of the question's subject with: a list item saying 'under
the 1960 treaty' does not take the place of the first paragraph that answers."""

from __future__ import annotations

import pytest

from conftest import items_asker

AWARD = """\
---
title: Court fixes minimum flow below the Tarbela II dam
date: 2019-03-02
source: River Basin Notes
---

# Court fixes minimum flow below the Tarbela II dam

The arbitration court gave its final award on Friday. The operator must release no less than 12 cumecs into the Kabul river below the dam at all times.

The minimum flow was the one question left open by the court's partial award of last year.

What the partial ruling decided:

- the 400 MW plant counts as a run-of-river plant under the river treaty of 1962, and the operator may divert water to generate power;
- the project had priority in right over the plant downstream.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "preposition_says_nothing", {"award.md": AWARD})


def test_the_first_paragraph_answers(ask):
    line = ask("What minimum flow must the operator release below the Tarbela II dam under the "
               "final award?")
    assert "12 cumecs" in line.split(" — ")[0]
