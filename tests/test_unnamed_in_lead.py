"""A news item's first paragraph telling of someone by the kind a "who" question asks for,
without a name ('An Uzbek wrestler won a world title ...'), names them in the next
paragraph, which opens with the name; a later paragraph naming someone beside the question's
words again ('the head of Uzbekistan's wrestling federation') tells of another."""

from __future__ import annotations

import pytest

from conftest import items_asker

LIFTER = """\
BISHKEK, Oct 4 (Steppe Wire) - An Uzbek wrestler won the 74 kg freestyle title on Friday at the Asian Wrestling Championships in Bishkek, beating an Iranian in the final, according to a reporter in the hall.

Dilshod Karimov, born in 2001, is ranked third in the world in his class. He won silver at the same championships two years ago.

Two Uzbek outlets had reported on Thursday that he had recovered from a shoulder injury.

Later on Friday the head of Uzbekistan's wrestling federation, Rustam Aliyev, said the wrestler had trained for a year. "He fought for his country and his coach," the federation chief said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "unnamed_in_lead", {"lifter.txt": LIFTER})


def test_named_in_the_next_paragraph(ask):
    line = ask("Which Uzbek wrestler won the 74 kg freestyle title at the Asian Wrestling "
               "Championships in Bishkek?")
    assert "Dilshod Karimov" in line
