"""Five things a line 1 says or does not say:

- 'By which month ...?' asks a month: a record dated by its year alone ('2020: Vask begins road
  links ...') does not answer it; the item's 'would be laid by October' does.
- A network's generation in words ('fifth-generation service') is the figure and letter a text
  writes ('must launch 5G services by 31 December 2021').
- A person's record answering 'Who ...?' shows the role in the verbatim quote that holds it, as
  the source words it ('Mira Sallow, Chairman of the Board of Trustees of the Marn Institute').
- A person's record found by their name shows, after the name, the source's words that name
  them ('Kaspar Marn (Orlen) has been the Director of the Marn Institute ...').
- A misspelt word naming the kind of answer ('apperances total') is the word spelt right, which
  names no subject: the question is answered ('played 203 matches'), the correction said.

Invented documents and records, taken from no document kzpk bundles and no evaluation set.
"""

from __future__ import annotations

import pytest
from conftest import items_asker

SOURCE = """\
---
id: test-source
title: A Test Report on Vask and Orlen
date: "2022-05-09"
kind: news
---
A Test Report on Vask and Orlen

Orlen, a landlocked country, has no sea link with Vask. In 2020 Vask began work on road links to Orlen.

Ambassador Mira Sallow, Chairman of the Board of Trustees of the Marn Institute, gave the opening remarks.

Kaspar Marn (Orlen) has been the Director of the Marn Institute since 1 January 2016.
"""

RECORDS = """\
- id: 2020-vask-road-links
  type: event
  date: "2020"
  date_precision: year
  title: Vask begins road links to Orlen
  summary: Vask started building road links to landlocked Orlen, which has no sea link with it.
  topics: [transport]
  sources:
    - {source: test-source, passage: "test-source#p1", quote: "Orlen, a landlocked country, has no sea link with Vask. In 2020 Vask began work on road links to Orlen."}
- id: mira-sallow
  type: person
  name: Mira Sallow
  aliases: [Sallow]
  roles:
    - title: Chairman, Board of Trustees, Marn Institute
      source: test-source
      passage: "test-source#p2"
      quote: Ambassador Mira Sallow, Chairman of the Board of Trustees of the Marn Institute
  sources:
    - {source: test-source, passage: "test-source#p2", quote: Ambassador Mira Sallow}
- id: kaspar-marn
  type: person
  name: Kaspar Marn
  aliases: [Marn]
  description: Named with "(Orlen)"; Director of the Marn Institute since 1 January 2016.
  roles:
    - title: Director of the Marn Institute
      source: test-source
      passage: "test-source#p3"
      quote: Kaspar Marn (Orlen) has been the Director of the Marn Institute
  sources:
    - {source: test-source, passage: "test-source#p3", quote: "Kaspar Marn (Orlen) has been the Director of the Marn Institute since 1 January 2016"}
"""

CABLE = """\
Vask cut off as undersea cable breaks

TESSA, June 29 (Orlen Wire) - Most of Vask's internet traffic has been down since Monday, when the only submarine cable serving the country broke about 35 km off Tessa.

Vasktel said on Wednesday that a second, back-up submarine cable would be laid by October.

The regulator, the Vask Competition Committee, said the operator Kelt must launch 5G services by 31 December 2021 under its licence.
"""


KELT = """\
---
title: Kelt leaves Vask United for Orlen City
date: "2016-12-23"
source: Orlen Sport
---
Vask United confirmed on Friday that Mira Kelt, the Orlen midfielder, will join Orlen City in the biggest deal the Orlen league has ever struck.

Kelt joined Vask United from Tessa Rovers in 2012 and played 203 matches for the club in four and a half seasons, scoring 38 goals.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "month-generation-role",
                       {"cable.txt": CABLE, "kelt.md": KELT}, source=SOURCE, records=RECORDS)


def test_a_record_dated_by_its_year_does_not_answer_which_month(ask):
    line = ask("By which month was Vasktel promising a spare link under the sea?")
    assert "would be laid by October" in line
    assert "road links" not in line


def test_a_generation_in_words_is_its_figure_and_letter(ask):
    assert "31 December 2021" in ask("By what date must Kelt offer fifth-generation service?")


def test_a_role_is_shown_in_its_own_quote(ask):
    line = ask("Who chairs the trustees of the Marn Institute?")
    assert "Mira Sallow" in line
    assert "Chairman of the Board of Trustees of the Marn Institute" in line


def test_a_person_is_shown_with_the_source_words_naming_them(ask):
    line = ask("Kaspar Marn")
    assert line.startswith("1. [entity] Kaspar Marn")
    assert "Kaspar Marn (Orlen) has been the Director" in line


def test_a_misspelt_kind_of_answer_names_no_subject(ask):
    assert "played 203 matches" in ask("kelt vask united apperances total")
