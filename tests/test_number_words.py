"""The one table of number words (kzpk.text) and the places that read it."""

from __future__ import annotations

import re
from pathlib import Path

from kzpk.text import (NUMBER_WORDS, ORDINAL_WORDS, TIMES_WORDS, number_name, number_word,
                       number_words, ordinal_word, ordinal_words)


def test_a_cardinal_word_is_its_number():
    assert number_word("zero") == 0
    assert number_word("seven") == 7
    assert number_word("Twelve") == 12
    assert number_word("twenty") == 20
    assert number_word("NINETY") == 90
    assert number_word("hundred") == 100
    assert number_word("seventh") is None  # an ordinal is no cardinal
    assert number_word("dozen") is None
    assert number_word("twenty-five") is None  # one word only: compounds are the caller's
    assert number_word("") is None


def test_an_ordinal_word_is_its_number():
    assert ordinal_word("first") == 1
    assert ordinal_word("Seventh") == 7
    assert ordinal_word("twentieth") == 20
    assert ordinal_word("fiftieth") == 50
    assert ordinal_word("ninetieth") == 90
    assert ordinal_word("seven") is None
    assert ordinal_word("2nd") is None


def test_a_number_has_its_cardinal_word():
    assert number_name(0) == "zero"
    assert number_name(13) == "thirteen"
    assert number_name(40) == "forty"
    assert number_name(21) is None
    assert number_name(1000) is None


def test_the_word_lists_run_in_order_of_value_within_their_bounds():
    assert number_words(1, 10) == "one two three four five six seven eight nine ten".split()
    assert number_words(18, 40) == ["eighteen", "nineteen", "twenty", "thirty", "forty"]
    assert number_words() == list(NUMBER_WORDS)
    assert ordinal_words(1, 3) == ["first", "second", "third"]
    assert ordinal_words(19, 30) == ["nineteenth", "twentieth", "thirtieth"]
    assert ordinal_words() == list(ORDINAL_WORDS)
    assert [number_word(w) for w in number_words()] == sorted(NUMBER_WORDS.values())
    assert [ordinal_word(w) for w in ordinal_words()] == sorted(ORDINAL_WORDS.values())
    assert TIMES_WORDS == {"once": 1, "twice": 2, "thrice": 3}


def test_each_reader_keeps_its_own_range_of_the_table():
    from kzpk.dates import _number
    from kzpk.extract import figures
    from kzpk.question import _number_value
    from kzpk.quote_support import numbers_in
    from kzpk.resolve import ORDINALS

    assert _number("thirty") == 30 and _number("twenty-five") == 25 and _number("a hundred") == 100
    assert [f for _, f in figures("ten countries and five million dollars")] == [(5000000, "USD", None)]
    assert [f for _, f in figures("eleven million dollars")] == []  # words from 'one' to 'ten' only
    assert _number_value("twelve") == 12 and _number_value("thirteen") is None
    assert _number_value("twenty-first") == 21 and _number_value("sixtieth") is None
    assert numbers_in("twice the fifteenth") == {2, 15} and numbers_in("the sixteenth") == set()
    assert ORDINALS["fiftieth"] == "50" and "sixtieth" not in ORDINALS and ORDINALS["xii"] == "12"


def test_no_other_module_writes_out_a_table_of_number_words():
    # (a second table drifts from this one: every reader takes its words from kzpk.text)
    kzpk = Path(__file__).resolve().parent.parent / "kzpk"
    for path in kzpk.rglob("*.py"):
        if path.name != "text.py":
            code = path.read_text(encoding="utf-8")
            assert not re.search(r"\b(?:seventeen|eighteen|nineteen|seventeenth|eighteenth)\b", code), path
