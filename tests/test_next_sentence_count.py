""""How many blankets ...?" is answered by the sentence counting blankets ('12 trucks carrying
more than 48,000 blankets'), not by one whose next sentence counts other things ('it dispatched
217 trucks of relief items'): a count of anything in the sentence after does not stand for the
count asked. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

HUB = """\
TASHKENT, 8 February 2023 /Regional Wire/ - The UN Refugee Agency has sent 12 trucks carrying more than 48,000 blankets into Afghanistan from its depot at Termez, the agency said.

The depot sits in the Termez Cargo Centre near the Afghan border. It serves as UNHCR's main point for forwarding relief to Afghanistan and Central Asia. In 2021 and 2022 it dispatched 217 trucks of relief items, including mats, buckets and lamps.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "next_sentence_count", {"hub.txt": HUB})


def test_the_sentence_counting_the_things_asked_answers(ask):
    line = ask("How many blankets did UNHCR send into Afghanistan from Termez in February 2023?")
    assert "48,000 blankets" in line
