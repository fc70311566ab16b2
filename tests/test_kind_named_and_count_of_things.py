"""Questions on the film pile (eval/pile163, held out in session 51 and measured before these
rules came) added to the bundled corpus, each answered on line 1 of plain output:
- 'Which film won best film at ...?' is answered by the first paragraph naming the winner, not by
  a later one saying 'best Saudi film' (a people's adjective names no film), 'the Dubai
  International Film Festival' (the word inside a longer name) or '27 films by Saudi directors'
  (a count names no film; it answers only 'By what vote ...?'); a name that ends as such an
  adjective does ('the Abruzzi route') still names one;
- 'How many years in prison was X sentenced to?' by a number of years in prison, not by a
  paragraph giving a person's age ('Rasoulof, 51, said ...')."""

from __future__ import annotations

import pytest

from conftest import pile_asker


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile163")


def test_which_film_is_the_one_named_first(ask):
    line = ask("Which film won best film at the first Red Sea International Film Festival?")
    assert "Brighton 4th" in line


def test_how_many_years_is_a_number_of_years(ask):
    line = ask("How many years in prison was Mohammad Rasoulof sentenced to?")
    assert "years in prison" in line
    assert "Rasoulof, 51" not in line


def test_a_name_ending_as_an_adjective_does_is_a_name(real_home, tmp_path_factory):
    # 'the Abruzzi route' names a route, though 'Abruzzi' ends as 'Saudi' does
    ask = pile_asker(real_home, tmp_path_factory, "pile7")
    assert "Abruzzi" in ask("By which route is Pivtsov's team climbing K2?")
