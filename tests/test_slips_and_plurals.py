"""A question opening on a three-letter slip of its question word ('Wat ...?') is corrected and
answered, as longer slips are ('Wich ...?'), and so is one of a preposition before it ('Ovr what
period ...?' -> 'Over'); a short word in small letters a letter from an
English word's stem but two from the word ('ufone', a mobile network, is no 'upon') is no slip
but a subject no document mentions (exit 1); and a measure asked in its irregular plural ('tunnel
length feet') finds it said in the singular ('a 1,050-foot tunnel'), as a sum asked in rupees
finds one written 'Rs2 million'. What the user sees."""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, line1_of, run_kzpk

TUNNEL = """\
QUETTA, June 2 (Bolan Wire) - Prison guards in Quetta found a 640-foot tunnel running from a rented house to the wall of the district jail on Sunday, police said.

The priority areas of the jail's new security plan are the outer wall, the visitors' gate and the night patrols, the inspector general told reporters.

Digging it cost the gang about Rs2 million, according to the police.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    return bundled_with_items(real_home, tmp_path_factory, "slips", {"tunnel.txt": TUNNEL})


def test_a_three_letter_slip_of_the_question_word_is_corrected(home):
    r = run_kzpk(home, "search", "Wat priority areas does the Quetta jail security plan name?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "outer wall" in r.out.splitlines()[0]
    assert "What priority areas" in r.err  # the correction is said


def test_a_three_letter_slip_of_a_preposition_before_the_question_word(home):
    r = run_kzpk(home, "search", "Ovr what distance did the Quetta tunnel run from the rented "
                 "house?", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "640-foot tunnel" in r.out.splitlines()[0]
    assert "Over what distance" in r.err  # the correction is said


def test_a_short_word_is_no_slip_for_a_word_two_letters_off(home):
    r = run_kzpk(home, "search", "ufone roaming kazakhstan")
    assert r.code == 1 and r.out == ""
    assert "no document mentions 'ufone'" in r.err and "upon" not in r.err


def test_a_measure_in_its_irregular_plural(home):
    line = line1_of(home)("quetta tunnel length feet")
    assert "640-foot tunnel" in line


def test_a_sum_asked_in_rupees_no_document_writes(home):
    line = line1_of(home)("quetta tunnel cost rupees")
    assert "Rs2 million" in line
