"""Everyday words a question may use for what a text writes otherwise: 'youngsters' and
'grown-ups' for children and adults; 'jobless cover' for unemployment insurance, 'onlookers' for
observers; an 'exam' for a 'test', and a place after a possessive ("the institute's Gulf
branch") that only describes what the rest of the question names."""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, items_asker, line1_of

TREMOR = """\
---
title: Shymkent residents spend the night outdoors after a tremor
date: 2024-03-02
---

SHYMKENT, March 2, 2024 (Steppe Wire) - A night-time tremor sent thousands of Shymkent residents into the streets on Friday.

By noon the city's press service said 31 people, 24 adults and 7 children, had asked for medical help.
"""


GULF = """\
MUSCAT, March 20 (Gulf Wire) - Oman's unemployment insurance scheme had 420,000 subscribers by March, the social protection fund said on Tuesday.

The forum's council of ministers approves its annual budget, and the Baltic and Nordic states sit in as observers.

Turkey and Iran follow the forum closely, officials said.

Nineteen films were shown at the forum's festival, and 86 babies were born in the city's two maternity wards during the week it ran.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "everyday_synonyms", {"tremor.md": TREMOR,
                                                               "gulf.txt": GULF})


def test_youngsters_are_children(ask):
    line = ask("How many grown-ups and youngsters in Shymkent asked doctors for help after the "
               "tremor?")
    assert "24 adults and 7 children" in line.rsplit(" — ", 1)[0]



def test_jobless_cover_is_unemployment_insurance(ask):
    assert "420,000 subscribers" in ask("How many people in Oman have signed up for jobless cover?")


def test_onlookers_are_observers(ask):
    assert "Baltic and Nordic states" in ask("Which states follow the forum as onlookers?")


def test_pictures_are_films(ask):
    # the question's counted things in everyday words: the count of the things the text names
    assert "Nineteen films" in ask("How many pictures competed?")


def test_infants_are_babies(ask):
    assert "86 babies" in ask("How many infants did the maternity wards see?")


SHIP = """\
---
title: First giant box ship reaches Varno
date: 2024-07-12
---
VARNO: The container ship San Felipe, the biggest vessel ever to call at Varno, berthed on Thursday after leaving the port of Xiamen with 2,000 containers.

The San Felipe sailed through heavy seas with a crew of 30, its captain said.
"""


def test_a_word_no_document_writes_is_read_as_its_common_synonym(tmp_path_factory):
    # no document writes 'harbour': it is searched as 'port' (which a query saying 'port' is
    # not searched as 'harbour'), so the paragraph naming the port answers, not the one that
    # only holds the ship and its sailing
    ask = items_asker(tmp_path_factory, "harbour", {"ship.md": SHIP})
    assert "port of Xiamen" in ask("From which harbour did the San Felipe sail?")


LANDLOCKED = """\
---
title: Varno looks south for trade
date: 2024-03-01
---
VARNO: Varno has no access to the sea, so its traders ship through the ports of its neighbours.

Its teachers swap posts with colleagues abroad under a 2019 scheme.
"""


def test_a_word_no_document_writes_is_no_absent_subject_when_its_synonym_is_written(
        tmp_path_factory):
    ask = items_asker(tmp_path_factory, "coastline", {"landlocked.md": LANDLOCKED})
    assert "no access to the sea" in ask("Does Varno have a coastline?")


INQUIRY = """\
---
title: Varno opens corruption inquiry
date: 2024-05-06
---
VARNO: An inquiry into corruption at the Varno customs post opened on Monday under judge Aida Serikova.
"""

CHIEF = """\
---
title: Varno customs gets a new chief
date: 2024-03-02
---
VARNO: The Varno customs post is now led by Marat Kenzhebek, who took over on Friday.
"""


def test_news_shorthand_no_document_writes_is_read_as_the_word_written(tmp_path_factory):
    # 'graft' and 'probe', the headline words, are written 'corruption' and 'inquiry' here
    ask = items_asker(tmp_path_factory, "graft", {"inquiry.md": INQUIRY,
                                                          "chief.md": CHIEF})
    assert "Aida Serikova" in ask("Who leads the Varno customs graft probe?")


BUDGET = """\
---
title: Varno council meets
date: 2024-06-01
---
VARNO: The Varno heads council approves the annual budget of the union, officials said.

The secretariat of the union is based in Tessa, and its permanent staff number 40.
"""

AGENDA = """\
---
title: Varno union council agenda
date: 2024-06-02
---
VARNO: Union council members discussed the spending of the union and the Varno budget debate.
"""


def test_a_plainer_word_no_document_writes_is_read_as_the_formal_one(tmp_path_factory):
    # 'yearly' and 'headquartered' are written 'annual' and 'based' here
    ask = items_asker(tmp_path_factory, "yearly", {"budget.md": BUDGET, "agenda.md": AGENDA})
    assert "approves the annual budget" in ask("Which council signs off on the union's yearly "
                                               "budget?")
    assert "based in Tessa" in ask("Where is the union's secretariat headquartered?")


NEWSPRINT = """\
---
title: Varno puts a duty on newsprint
date: 2019-07-08
---
VARNO: Varno consumes an estimated 2.5 million tonnes of newsprint a year, the publishers' society said.
"""


def test_a_noun_no_document_writes_is_searched_as_its_verb(tmp_path_factory):
    # no document writes 'consumption': it is searched as 'consume', no absent subject
    ask = items_asker(tmp_path_factory, "consumption", {"newsprint.md": NEWSPRINT})
    assert "2.5 million tonnes" in ask("varno newsprint consumption per year")


ORLTEL = """\
---
title: "Orltel sell-off goes ahead"
date: "2005-06-20"
---

A break in the cable stopped work at 3,000 exchanges across the country for a week in May.

In May some 65,000 Orltel staff stopped work for a week in protest at the sell-off.

Around 80,000 fingerprint machines were installed at shops and kiosks for the checks, while 2,000 phone card dealers were told to close.
"""

ORLBANK = """\
---
title: "Orlania's central bank governor Tamar Veli resigns as the lari sinks"
date: "2025-12-29"
---

ORLAN, 29 December 2025 — Tamar Veli has resigned as governor of the Central Bank of Orlania, the state news agency reported on Monday, as the lari sank to a record low.

On the open market the lari fell to around 1,390 to the US dollar on Monday.

The resignation letter has gone to the president, who must decide whether to accept it. Later in the day state media said that Arsen Kolb, a former economy minister, would be appointed to lead the bank.
"""

FROST = """\
---
title: "Frost closes schools in Orlan"
date: "2018-12-25"
---

ORLAN: The city's education department said there would be no classes on 25 December for pupils of grades 0 to 11 because of the frost.
"""


@pytest.fixture(scope="module")
def news(real_home, tmp_path_factory):
    """The bundled corpus with three news items a user added."""
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "news",
                                       {"orltel.md": ORLTEL, "orlbank.md": ORLBANK,
                                        "frost.md": FROST}))


def test_employees_are_staff_and_a_thumbprint_a_fingerprint(news):
    line = news("How many employees stopped work for a week in May?")
    assert "65,000" in line.split(" — ")[0], line
    line = news("How many thumbprint machines were installed for the checks?")
    assert "80,000" in line.split(" — ")[0], line


def test_who_is_to_replace_someone_is_who_is_appointed(news):
    assert "Arsen Kolb" in news("Who is to replace Tamar Veli as governor of Orlania's central "
                                "bank?")


def test_christmas_is_the_december_day_a_text_dates(news):
    assert "grades 0 to 11" in news("Which grades in Orlan had no classes on Christmas Day?")


CAMPUS = """\
---
title: Indian engineering school opens its first campus abroad
date: 2024-09-04
---
ABU DHABI — The Indian Institute of Technology Delhi opened its campus in Abu Dhabi on Monday with 52 students in its first intake.

The students were picked either through JEE Advanced, the entrance examination used by every IIT in India, or through a new Combined Admission Entrance Test (CAET) set up for international applicants.

It is the first campus of the institute on foreign soil, and will offer degrees in energy engineering and computer science, its director said.
"""


def test_an_exam_is_a_test_and_a_place_after_a_possessive_only_describes(tmp_path_factory):
    # no document writes 'exam' (read as 'test'), nor 'Gulf', which after "institute's" only
    # describes the branch the rest of the question names: searched without it, and said so
    ask = items_asker(tmp_path_factory, "exam", {"campus.md": CAMPUS})
    line = ask("Which admission exam was devised for foreign applicants to the Indian "
               "engineering institute's Gulf branch?")
    assert "Combined Admission Entrance Test" in line
