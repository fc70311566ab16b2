"""Three ways line 1 found the right news item but not its answer: 'How many pupils died ...?'
is answered by a count of deaths ('with 14 deaths'), not of the pupils of another sentence; 'Which
court ...?' by the sentence naming the court ('The Sverdlov District Court ruled ...'), not by the
paragraph saying only 'a district court'; 'How much did the second stage cost?' by the paragraph
giving the sum, not by one saying 'stage two' without any sum."""

from __future__ import annotations

import pytest

from conftest import REPO, add_items, copy_home, line1_of

FLU = """\
OSH, Feb 9 (Ferghana Wire) - The rector of the Osh State Medical Academy has been dismissed after at least 40 pupils from boarding schools died of influenza complications at its hospital in a fortnight, and the health ministry has opened an inquiry into a shortage of ventilators.

Figures released by the hospital on Thursday listed the deaths since Jan 25, most of them in the intensive care ward. The worst day was Feb 2, with 14 deaths. That was also the day the firm supplying oxygen to the hospital halted deliveries because bills of around 3.2 million som had not been paid.

Regional officials say the children would have died anyway. The governor of Osh said the flu season had been the worst in a decade.
"""

COURT = """\
BISHKEK, May 14 (Ala-Too Wire) - A district court in the Kyrgyz capital has ordered the closure of Kaktus Radio, one of the last independent stations in the country, granting a request from prosecutors.

The Sverdlov District Court ruled on Monday. Prosecutors had described the station's programmes as slanted, divisive and manipulative, and said they endangered public order and could provoke unrest in the southern regions. In her ruling Judge Aida Sarieva said the broadcasts had offended the dignity of the nation and of its elected leaders, and that the station had ignored two written warnings from the culture ministry over the previous year. Besides ending Kaktus Radio's licence, the court let its podcast feeds and its website be blocked, among them a popular partner channel on YouTube.

The station's lawyer said the ruling would be appealed.
"""

CLINIC = """\
---
title: Governor opens second stage of Multan eye hospital
date: 2019-03-12
source: Punjab Health Notes
---
# Governor opens second stage of Multan eye hospital

The governor of Punjab opened the second stage of the Multan Institute of Eye Diseases (MIED) on Sunday, calling it a gift to the people of southern Punjab.

The foundation stone had been laid in 2016. The province paid for the building itself: the bill for the second stage came to Rs4.5 billion, while the whole campus is expected to need about $60 million.

With stage two open, MIED can now take patients for surgery and offers a laser unit, a children's ward and an outpatient clinic. Poor patients will be treated free; others will pay.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("deaths")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"flu.txt": FLU, "court.txt": COURT, "clinic.md": CLINIC})
    return line1_of(home)


def test_how_many_died_is_answered_by_a_count_of_deaths(ask):
    line = ask("How many pupils died at the Osh hospital on the worst single day?")
    assert "with 14 deaths" in line.rsplit(" — ", 1)[0]


def test_which_court_is_answered_by_the_sentence_naming_it(ask):
    line = ask("Which Bishkek court ordered Kaktus Radio closed?")
    assert "Sverdlov District Court" in line.rsplit(" — ", 1)[0]


def test_a_numbered_thing_said_otherwise_gives_no_sum(ask):
    line = ask("How much did the second stage of the Multan Institute of Eye Diseases cost?")
    assert "Rs4.5 billion" in line.rsplit(" — ", 1)[0]


@pytest.fixture(scope="module")
def ask_wire(real_home, tmp_path_factory):
    # a wire story of the development pile whose first sentence of the answering paragraph
    # gives the count, and whose next sentence holds more of the question's words and a sum
    root = tmp_path_factory.mktemp("wire")
    home = copy_home(real_home, root / "home")
    doc = REPO / "eval" / "pile81" / "docs" / "gorakhpur-brd-college-child-deaths.txt"
    add_items(home, root, {"wire.txt": doc.read_text(encoding="utf-8")})
    return line1_of(home)


def test_line_starts_at_the_count_of_the_dead(ask_wire):
    line = ask_wire("On the worst single day, how many children died in the Gorakhpur hospital?")
    assert "with 23 deaths" in line.rsplit(" — ", 1)[0]
