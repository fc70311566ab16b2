"""A paragraph speaking only of another thing named like the one a question names ('the Asian
Biology Olympiad' for 'the Asian Physics Olympiad') holds the question's words for that other
thing: of two later paragraphs of a news item naming someone, the one about the thing asked
answers."""

from __future__ import annotations

import pytest

from conftest import items_asker

MEDALS = """\
LAHORE, Aug 2 (Margalla Wire) - Pakistani school students have won a gold and a bronze medal at the 2025 Asian Physics Olympiad, held in Dhaka from July 20 to 28, the education ministry said.

Ayesha Noor, a student from Multan, won the gold medal and Bilal Ahmed of Lahore the bronze.

The team was trained at a summer camp in Islamabad by two university physicists.

Earlier in July a second Pakistani team won a gold medal at the Asian Biology Olympiad in Manila. The medallist was Hamza Tariq, a student from Multan.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "name_alike_other", {"medals.txt": MEDALS})


def test_the_olympiad_asked_not_the_other(ask):
    line = ask("Which Multan student won gold for Pakistan at the 2025 Asian Physics Olympiad?")
    assert "Ayesha Noor" in line
