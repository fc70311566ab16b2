"""Questions on a development pile of weather news (eval/pile156) added to the bundled corpus,
each answered on line 1 of plain output as the user reads it:
- 'How much electricity ...?' asks a figure in a unit of power ('146,000 megawatts'), not the
  first paragraph's 'minus 30 degrees Celsius'; and a year a figure is measured against ('a
  figure not seen in the 15 years since 1991') dates nothing the sentence tells;
- 'What temperature did the station record ...?' asks a measure, in degrees;
- 'Who heads Afghanistan's meteorology department?' is answered by the user's paragraph naming
  'the country's meteorology department' and who heads it, not by a bundled person record that
  holds only 'Head' and 'Department'."""

from __future__ import annotations

import pytest

from conftest import pile_asker


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile156")


def test_electricity_asked_is_a_figure_in_a_unit_of_power(ask):
    line = ask("How much electricity did Russia use at the peak of the January 2006 cold snap?")
    assert "demand across the country had peaked at 146,000 megawatts" in line


def test_what_temperature_asks_a_figure_in_degrees(ask):
    line = ask("What temperature did the weather station at Sanbao record on 16 July 2023?")
    assert "recorded 52.2 degrees Celsius" in line


def test_a_paragraph_holding_the_rare_words_but_not_the_country_answers_who(ask):
    line = ask("Who heads Afghanistan's meteorology department?")
    assert "Mohammad Nasim Muradi, who heads the country's meteorology department" in line
