"""A question word mistyped at the head of a question ('Wen did ...?') is the question word,
said corrected on stderr, not a name no document mentions (exit 1); a real name there ('Wen
Jiabao') is still a subject no document mentions."""

from __future__ import annotations

from conftest import search_plain


def test_wen_is_when(real_home):
    code, line1, err = search_plain(real_home, "Wen did Nawaz Sharif pay an official visit to "
                                               "Kazakhstan?")
    assert code == 0
    assert "2015-08-25" in line1
    assert "showing results for 'When did Nawaz Sharif" in err


def test_a_name_stays_a_name(real_home):
    code, _, err = search_plain(real_home, "Wen Jiabao visit")
    assert code == 1
    assert "no document mentions 'Wen'" in err
