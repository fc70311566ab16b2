""""Which UN official did she meet ...?" is answered by the paragraph saying whom she met ('On
the sidelines she met Lena Varga, the UN envoy ...'): the past of an irregular verb stands
beside the name as the question's verb would, and a body's name made of English compounds
('the Conference on Interaction and Confidence-Building Measures') names no person. Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

CONFERENCE = """\
DUSHANBE, Oct 18 (Central Asia Desk) - Kazakhstan's foreign minister called on Tuesday for joint work against cross-border crime at a high-level conference on border security in the Tajik capital.

Aigerim Sadyk told delegates about the summit of the Conference on Interaction and Confidence-Building Measures, held in Astana last week, and its plan for a Counter-Terrorism Strategy of the region.

On the sidelines she met Lena Varga, the UN envoy who heads the regional office, to talk about the plan.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "met_whom", {"conference.txt": CONFERENCE})


def test_the_paragraph_saying_whom_she_met_answers(ask):
    line = ask("Which UN official did Sadyk meet at the Dushanbe border security conference?")
    assert "Lena Varga" in line


def test_english_compounds_name_no_person():
    from kzpk.question import person_names

    said = "the Conference on Interaction and Confidence-Building Measures, and its plan"
    assert person_names(said, set()) == []
