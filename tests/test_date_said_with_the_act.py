"""'When was Valkor born?': the sentence that says the act asked with a date in its own clause,
'The cub ... was born on 30 April 2022 by caesarean section', answers, over the item's first
paragraph, which names the cub and says 'born' but dates another act ('... born in captivity in
Kerun, died on Tuesday'). Also for a question in the active voice ('When did ... open ...?'),
and never for a sentence that holds the verb and little else of the question. Line 1 of plain
output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

CUB = """\
---
title: Kerun's first captive-born lynx cub dies of kidney failure
date: 2023-02-28
---
Valkor, the only survivor of the first litter of snow lynxes ever born in captivity in Kerun, died on Tuesday at the central veterinary hospital, a few days short of ten months old. Doctors had treated him for kidney failure for several weeks, the environment department said in a statement.

The cub, whose name means "victorious", was born on 30 April 2022 by caesarean section at the Tarvan wildlife refuge. His mother rejected the litter.

Valkor was later moved to a city park and raised by hand.
"""

FERRY = """\
ORVAL, March 3, 2021 (Test Wire) - The Orval ferry terminal, opened by a Danish builder to serve the island routes, was sold to a group of port investors on Sunday, officials said.

The terminal first opened in May 2019 after two years of building. Its new owners said traffic would double.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "date_said_with_the_act",
                       {"cub.md": CUB, "ferry.txt": FERRY})


def test_the_act_with_its_date_answers_when(ask):
    assert "30 April 2022" in ask("When was Valkor born?")


def test_in_the_active_voice_too(ask):
    assert "May 2019" in ask("When did the Orval ferry terminal open?")
