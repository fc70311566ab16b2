"""A lower-case word that is an English word a document holds with two letters swapped ('bron'
for 'born') is that word, said corrected on stderr: not a subject no document mentions."""

from __future__ import annotations

import pytest

from conftest import items_asker

ACTRESS = """\
CANNES, May 19 (Steppe Culture Wire) - Zhanar Sadykova of Kazakhstan was named best actress at the Cannes Film Festival on Saturday for the title role in "Dala".

Sadykova was born on 3 May 1980 in Karaganda. She made her screen debut in a short film shot in her home town.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "letters_swapped", {"dala.txt": ACTRESS})


def test_two_letters_swapped_are_corrected(ask):
    line = ask("when was zhanar sadykova bron")
    assert "3 May 1980" in line
