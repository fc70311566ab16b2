"""A question naming whose thing it asks about by a people's adjective ('the Kazakh
delegation') is not answered by a sentence on another people's ('The Uzbek parliamentary
delegation was led by ...'), though that sentence holds the question's verb and the one
answering says it otherwise ('headed by').

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

VISIT = """\
Two delegations tour the flood warning centre

VASK – Two foreign delegations toured the flood warning centre in Vask on Tuesday.

The Kazakh side came as a twelve-member delegation headed by Arman Tulegenov, deputy head of the Orlen flood service. The Uzbek parliamentary delegation was led by Rustam Karimov, a member of the water committee.
"""


def test_a_sentence_on_another_peoples_thing_does_not_answer(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"visit.txt": VISIT})
    line = line1_of(home)("Who led the Kazakh delegation that toured the flood warning centre?")
    assert "Arman Tulegenov" in line
