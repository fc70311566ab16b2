"""A place a question describes its subject by, that no document names but that is a letter from
a word a text holds ('the Milan opera house' beside a person called 'Milat'), only describes:
when the rest of the question stands together in one text, it is searched without it, and said
so; asked about alone, it is still a subject no document mentions (exit 1, with the near miss
offered). Also: a weather service's head who 'predicted' what a text says was 'forecast' is
found in the words the text uses, and a "who" question is answered by the passage naming the
person, not by a figure kzpk drew from the same sentence."""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home, run_kzpk

EXPO = """\
---
title: Culture programme of the expo announced
date: 2017-03-02
---
ASTANA: The organisers on Thursday announced the culture programme of the exhibition.

Italy's La Scala opera house, sponsored by the Italian energy company Eni, will make a stop in Astana, as will Russia's Mariinsky Theatre.
"""

WRESTLING = """\
---
title: Wrestler wins in Shymkent
date: 2019-05-04
---
SHYMKENT: Milat Ismailov won the national wrestling title on Saturday.
"""

HEAT = """\
Heat kills hundreds on the Hajj

RIYADH, June 20, 2024 (Red Sea Wire) - At least 577 people who took part in this year's Hajj have died in extreme heat.

Before the season began, Ayman Ghulam, head of the Saudi national centre for meteorology, had forecast temperatures 1.5 to 2 degrees above normal in Mecca, with relative humidity of about 25%.
"""

ITEMS = {"expo.md": EXPO, "wrestling.md": WRESTLING, "heat.txt": HEAT}


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("place_near_word")
    return add_items(make_home(root / "home"), root, ITEMS)


def test_a_place_describing_the_subject_is_searched_without(home):
    r = run_kzpk(home, "search",
                 "Which Italian energy firm is sponsoring the Milan opera house's stop in Astana?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Eni" in r.out.splitlines()[0]
    assert "no document writes 'Milan'; searched without it" in r.err


def test_the_place_asked_about_alone_is_still_absent(home):
    r = run_kzpk(home, "search", "Who is the mayor of Milan?", "--format", "plain")
    assert r.code == 1
    assert "no document mentions 'Milan'" in r.err


def test_who_is_answered_by_the_passage_naming_the_person(home):
    line = line1_of(home)("Who heads the Saudi meteorology centre?")
    assert line.startswith("1. [passage]")
    assert "Ayman Ghulam" in line


def test_a_weather_service_that_predicted_is_one_that_forecast(home):
    line = line1_of(home)("Who leads the Saudi weather service that predicted the heat?")
    assert "Ayman Ghulam" in line
