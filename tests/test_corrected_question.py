"""A misspelt question is read as corrected: what it asks ('the minister of culture', a role) is
read from the words as the note says they were meant, not from the misspelt ones."""

from __future__ import annotations

import pytest

from conftest import items_asker

FESTIVAL = """\
---
title: Festival of Kazakh films opens in Lahore
date: 2023-04-02
---
LAHORE: A week of Kazakh films opened at the Alhamra arts centre on Saturday.

Film critic Daniyar Omarov said the Kazakh film festival at the culture centre showed the culture of both countries.

Minister of Culture Aigerim Sadykova cut the ribbon at the opening.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "corrected", {"festival.md": FESTIVAL})


def test_misspelt_role_asked_is_read_as_corrected(ask):
    assert "Aigerim Sadykova" in ask("Who is the minister of culture at the Kazakh film festival?")
    assert "Aigerim Sadykova" in ask("Who is the minster of culture at the Kazakh film festival?")


CARGO = """\
---
title: Air link carries first freight
date: 2023-07-20
---
ALMATY: The new direct air corridor carried more than 5,000 kilograms of air cargo in its first month, officials said.

Passenger seats on the weekly flight sold out, the airline said.
"""


@pytest.fixture(scope="module")
def cargo_home(tmp_path_factory):
    from conftest import add_items, make_home

    root = tmp_path_factory.mktemp("cargo")
    return add_items(make_home(root / "home"), root, {"cargo.md": CARGO})


def test_a_word_missing_its_last_letter_is_corrected_beside_the_word_it_goes_with(cargo_home):
    from conftest import run_kzpk

    r = run_kzpk(cargo_home, "search", "how much air carg went through the corridor",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0 and "5,000 kilograms" in r.out.splitlines()[0]
    # said, never silently substituted
    assert "showing results for 'how much air cargo went through the corridor'" in r.err
    # alone it is only offered: no word of the query stands beside it in a document
    alone = run_kzpk(cargo_home, "search", "carg", "--format", "plain")
    assert alone.code == 1 and "did you mean 'cargo'" in alone.err



@pytest.fixture(scope="module")
def festival_home(tmp_path_factory):
    from conftest import add_items, make_home

    root = tmp_path_factory.mktemp("slips")
    return add_items(make_home(root / "home"), root, {"festival.md": FESTIVAL})


def test_a_misspelt_question_word_is_no_subject(festival_home):
    # 'wich' is no name a document lacks: it is 'which', said as read, and the rest of the
    # query finds the answer
    from conftest import run_kzpk

    r = run_kzpk(festival_home, "search", "wich minister cut the ribbon", "--format", "plain",
                 "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'which minister cut the ribbon'" in r.err
    assert "Aigerim Sadykova" in r.out.splitlines()[0]


def test_a_question_word_with_a_letter_left_out_is_that_word(festival_home):
    # 'wher' is 'where' with its last letter left out, not 'her' with a letter put in
    from conftest import run_kzpk

    r = run_kzpk(festival_home, "search", "wher did kazakh films open", "--format", "plain",
                 "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'where did kazakh films open'" in r.err


def test_a_misspelt_question_word_capitalised_at_the_start_is_no_subject(festival_home):
    # the first word of a question is capitalised as any first word is: 'Wich' is 'Which'
    from conftest import run_kzpk

    r = run_kzpk(festival_home, "search", "Wich minister cut the ribbon?", "--format", "plain",
                 "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'Which minister cut the ribbon?'" in r.err
    assert "Aigerim Sadykova" in r.out.splitlines()[0]


def test_an_english_word_with_a_letter_left_out_inside_is_corrected(festival_home):
    # 'flms' is 'films' a document holds with a vowel left out: said, and searched spelt right
    from conftest import run_kzpk

    r = run_kzpk(festival_home, "search", "who cut the ribon", "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'who cut the ribbon'" in r.err
    assert "Aigerim Sadykova" in r.out.splitlines()[0]
    r = run_kzpk(festival_home, "search", "which critic spoke on the flms", "--format", "plain",
                 "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'which critic spoke on the films'" in r.err
    assert "Daniyar Omarov" in r.out.splitlines()[0]


def test_an_english_word_a_letter_from_a_question_word_stays_a_subject(festival_home):
    from conftest import run_kzpk

    r = run_kzpk(festival_home, "search", "wheat exports from Kazakhstan", "--format", "plain")
    assert (r.code, r.out) == (1, "")
    assert "no document mentions 'wheat'" in r.err


BOUTS = """\
Orlen boxer wins gold in Vask

VASK – Orlen's Pel Darro won gold in the -54kg category at the Vask Open, beating Aibek Tursunov of Tajikistan in the final.

In the -63kg category, Orlen's Rustam Kessa lost in the first round to a boxer from Vask, his coach Ali Butt said. Prime Minister Lio Bhutto of Orlen watched the final.
"""


@pytest.fixture(scope="module")
def bouts_home(tmp_path_factory):
    from conftest import add_items, make_home

    root = tmp_path_factory.mktemp("bouts")
    return add_items(make_home(root / "home"), root, {"bouts.txt": BOUTS})


def test_a_minus_before_a_number_is_part_of_the_word(bouts_home):
    # '-54kg' is a weight class the text writes, not 'leave out 54kg'
    from conftest import run_kzpk

    r = run_kzpk(bouts_home, "search", "darro -54kg final", "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "Aibek Tursunov" in r.out.splitlines()[0]


def test_a_short_name_romanised_without_its_h_is_corrected_beside_a_known_name(bouts_home):
    from conftest import run_kzpk

    r = run_kzpk(bouts_home, "search", "Who did Lio Buto watch?", "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'Who did Lio Bhutto watch?'" in r.err


def test_dj_is_a_romanisation_of_j(bouts_home):
    from conftest import run_kzpk

    r = run_kzpk(bouts_home, "search", "boxer from Tadjikistan in the final", "--format", "plain",
                 "-n", "1")
    assert r.code == 0, r.err
    assert "'boxer from Tajikistan in the final'" in r.err


DENIAL = """\
---
title: Envoy rejects report of a water group
date: 2011-01-06
---
ISLAMABAD: Reports that a working group on the Aral Sea had been set up in Pakistan drew a reply this week.

The Tajik ambasador, Zubaidullo Zubaidov, rejected the reports about the group.
"""


@pytest.fixture(scope="module")
def denial_home(tmp_path_factory):
    from conftest import add_items, make_home

    root = tmp_path_factory.mktemp("denial")
    return add_items(make_home(root / "home"), root, {"denial.md": DENIAL})


def test_a_kept_y_before_an_ending_is_the_english_i(denial_home):
    from conftest import run_kzpk

    # 'denyed' is a letter from 'denned' and 'dented' too, but English writes 'denied'
    r = run_kzpk(denial_home, "search", "which tajik ambasador denyed the aral sea group",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Zubaidullo Zubaidov" in r.out.splitlines()[0]
    assert "which tajik ambasador denied the aral sea group" in r.err


def test_a_slip_is_corrected_as_the_word_not_as_a_romanisation(real_home):
    # 'yeer' romanised ('y' as 'i', 'ee' as 'i') is 'ir', a two-letter word of the documents;
    # the word meant is 'year', a vowel away, and that is what kzpk corrects it to, and says
    from conftest import run_kzpk
    r = run_kzpk(real_home, "search", "In what yeer were documents on scientific and "
                 "technologicl cooperation signed?")
    assert r.code == 0
    assert "showing results for 'In what year were documents" in r.err
