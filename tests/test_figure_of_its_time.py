"""A "how many" question asks for the figure of the time a text tells of, not one said of
earlier years ('more than a thousand students had graduated in earlier years' beside 'This year
737 graduates ...'), unless it asks for the earlier one; and one asking for a running total
('... since the programme began in 2019?') is answered by the sentence giving one ('So far 193
... have been awarded'), not by the year's batch. An academic year written with a slash
('the 2026/2027 academic year') is a date."""

from __future__ import annotations

import pytest

from conftest import items_asker

GRADUATION = """\
---
title: Steppe University holds its third graduation
date: 2017-05-27
---
# Steppe University holds its third graduation

Steppe University in Astana sent off its third graduating class on Saturday, with the president handing out diplomas in front of parents and teaching staff.

This year 737 graduates finished their studies: 499 with bachelor's degrees and 229 with master's degrees.

The president said more than a thousand students had graduated in earlier years and half of them had gone on to study abroad.
"""

SCHOLARSHIP = """\
ISLAMABAD, Sept 29 (Capital Campus Wire) - Thirty-six Pakistani students who won fully funded places at Chinese universities were given a send-off by the Higher Education Commission (HEC) on Thursday, the latest batch under the Silk Road Government Scholarship Programme.

The programme was launched in 2019 and lets Pakistani students study at 289 designated Chinese universities. So far 193 Pakistani students have been awarded the scholarship: 40 in 2019, 58 in 2020, 59 in 2021 and 36 this year. The students qualified after passing a test.

The ambassador said the scholarships carried the friendship of the Chinese people.
"""

BRANCH = """\
TASHKENT, Sept 18, 2025 (Central Asia Campus Wire) - Uzbekistan has approved a branch of Russia's Bauman Moscow State Technical University in Tashkent, the president's office said on Thursday.

Uzbekistan was the first Central Asian country to allow foreign branch campuses, with Britain's University of Westminster in Tashkent since 2002. Kazan Federal University planned to open a branch in Jizzakh in September 2022, teaching engineering, geology and medicine; its vice-rector for international affairs visited Tashkent in May.

The branch is due to start teaching in the 2026/2027 academic year. Students will be admitted on state-funded grants and on paid contracts.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "figure_of_its_time",
                       {"graduation.md": GRADUATION, "scholarship.txt": SCHOLARSHIP,
                        "branch.txt": BRANCH})


def test_the_figure_of_the_time_told(ask):
    line = ask("How many students graduated from Steppe University at its third graduation?")
    assert "737 graduates" in line


def test_a_running_total_for_a_question_asking_one(ask):
    line = ask("How many Pakistani students have won the Silk Road Government Scholarship since "
               "the programme began in 2019?")
    assert "193 Pakistani students" in line


def test_an_academic_year_with_a_slash_is_a_date(ask):
    line = ask("When will the Bauman university branch in Uzbekistan start teaching?")
    assert "2026/2027 academic year" in line
