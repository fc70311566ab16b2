"""A name written with a 'k' where a document writes a hard 'c' ('Karakatzanis' for the
'Caracatzanis' an item names) is that name in another romanisation: searched as the document
writes it, and said so on stderr."""

from __future__ import annotations

import pytest

from conftest import items_asker

DEAL = """\
---
title: Carmaker starts Lada assembly in Kostanay
date: 2021-03-27
---

The Russian carmaker and its Kazakh partner have opened a Lada assembly line in Kostanay.

"We were able to sign the agreement in the shortest possible time," said Yves Caracatzanis, the president of the Russian carmaker.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "hard_c_is_k", {"deal.md": DEAL})


def test_k_for_a_hard_c(ask):
    line = ask("carmaker president Karakatzanis Kostanay deal")
    assert "Yves Caracatzanis" in line
