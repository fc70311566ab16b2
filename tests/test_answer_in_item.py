"""Within one news item, when the best hit is a LATER paragraph that names the subject but gives
no answer of the kind asked, the item's paragraph that gives one, and says more of the question,
takes its place: it goes on about the subject as 'the group', 'he', 'the chief guest'. Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

SEMINAR = """\
---
title: Kazakh envoy asks Multan firms to look north
date: 2024-03-14
---
MULTAN, March 14: Kazakhstan's ambassador Nurlan Zhaksybek on Thursday asked firms in southern Punjab to invest in food processing and cold storage in his country.

He was speaking at a seminar at a local hotel on the Kazakh government's reform programme, "A Fair and Open Economy", announced by the president in January.

The chief guest was Dr Amina Rauf, Vice Chancellor of the Multan School of Economics. Other speakers were Bilal Qazi, president of the South Punjab Traders' Association; Sana Mir, founder and editor of the monthly "Punjab Business Review"; Haroon Baig, director of the Centre for Regional Trade; and Nadia Khan, a lecturer in agricultural economics.

The ambassador said mango and citrus growers would find buyers in Almaty and Astana.
"""

CLIMB = """\
---
title: Climbers go back up Nanga Parbat
date: 2024-01-20
---
CHILAS: Two winter expeditions on Nanga Parbat left base camp again on Friday after a week of storms had kept them in their tents.

One team, a five-member Kazakh expedition, is led by Yerlan Tokhtarov of Almaty. With him are Daniyar Sadykov, Ruslan Amirov and two Kyrgyz climbers.

Their liaison officer said the climbers had reached 5,400 metres and would pitch a camp at 6,000 metres within days.

The group is climbing by the Kinshofer route, where fixed ropes were left last summer.

The second team, from Poland, is on the Diamir face.
"""

HOCKEY = """\
---
title: Kazakh and Pakistani hockey federations sign memorandum
date: 2025-05-02
---
The hockey federations of Kazakhstan and Pakistan have signed a memorandum of cooperation in Astana.

The two federations also agreed to draw up a joint training calendar for 2026-2027 setting out camps for junior players.

Kazakh hockey is on a good run: its under-18 side won the regional cup held in Tashkent from March 3 to 9.
"""

SCHOOLS = """\
---
title: Kazakh envoy tours two Lahore institutions
date: 2021-10-15
---
LAHORE: Kazakhstan's ambassador on Monday visited two institutions in the city and spoke of scholarships for Pakistani students.

At the Punjab Institute of Policy Studies, set up in 1947, he talked about the reforms under way in his country.

He also went to the Anarkali Mission School, founded in 1862, which teaches children from poor families.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "items",
                       {"seminar.md": SEMINAR, "climb.md": CLIMB, "hockey.md": HOCKEY,
                        "schools.md": SCHOOLS})


def test_the_paragraph_giving_who_beats_the_later_one_naming_the_event(ask):
    # the second paragraph names the seminar and the programme but no one; the third, which
    # says 'the chief guest', names her
    line = ask("Who was the chief guest at the seminar on the Kazakh government's reform programme "
               "'A Fair and Open Economy'?")
    assert "Amina Rauf" in line


def test_a_paragraph_naming_a_thing_of_the_kind_asked_beats_the_one_naming_the_subject(ask):
    # the second paragraph names Tokhtarov and his team; the fourth, which says 'the group',
    # names the route ('the Kinshofer route'); the fifth, 'the Diamir face', is no route
    line = ask("By which route is Tokhtarov's team climbing Nanga Parbat?")
    assert "Kinshofer route" in line


def test_a_span_of_years_answers_when(ask):
    # '2026-2027' is a time: the paragraph saying it answers, not the next one's March dates
    line = ask("For which years will the Kazakh and Pakistani hockey federations draw up a "
               "training calendar?")
    assert "2026-2027" in line


def test_a_paragraph_giving_only_the_kind_asked_does_not_take_the_place(ask):
    # '1862' is no year kzpk reads as a date, so the best hit gives no 'when'; the paragraph
    # before gives one ('in 1947') but says nothing more of the question: about something else
    assert "1862" in ask("When was the Anarkali Mission School founded?")
