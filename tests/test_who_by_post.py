""""Who" asked of a post and whose it is ('Kazakhstan's ambassador'): a person whose record holds
the post but nowhere its owner (an 'Ambassador' of the host's think tank) is not the answer; the
one holding it for that owner is. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker, line1_of, make_home, run_kzpk

SOURCE = """\
---
id: envoys-source
title: Think tank hosts conference on Central Asia
date: "2025-03-04"
kind: news
---
Think tank hosts conference on Central Asia

ISLAMABAD: Ambassador Tariq Aziz, Chairman of the Islamabad Council for World Affairs, opened the conference in Islamabad on Tuesday.

Nurlan Zhaksybek, Ambassador of Kazakhstan to Pakistan, spoke of new flights between Almaty and Lahore. He said that freight by rail through Uzbekistan and Afghanistan could halve delivery times, that wheat, cotton and fertiliser would lead the trade, and that joint ventures in textiles and leather were being discussed by chambers of commerce in both countries.
"""

RECORDS = """\
- id: tariq-aziz
  type: person
  name: Tariq Aziz
  aliases: [Ambassador Tariq Aziz]
  description: Ambassador; Chairman of the Islamabad Council for World Affairs; opened the conference in Islamabad.
  roles:
    - title: Chairman, Islamabad Council for World Affairs
      source: envoys-source
      passage: "envoys-source#p1"
      quote: Ambassador Tariq Aziz, Chairman of the Islamabad Council for World Affairs
    - title: Ambassador
      source: envoys-source
      passage: "envoys-source#p1"
      quote: Ambassador Tariq Aziz
  sources:
    - {source: envoys-source, passage: "envoys-source#p1", quote: Ambassador Tariq Aziz}
- id: nurlan-zhaksybek
  type: person
  name: Nurlan Zhaksybek
  aliases: [Zhaksybek]
  description: Ambassador of Kazakhstan to Pakistan.
  roles:
    - title: Ambassador of Kazakhstan to Pakistan
      source: envoys-source
      passage: "envoys-source#p2"
      quote: Nurlan Zhaksybek, Ambassador of Kazakhstan to Pakistan
  sources:
    - {source: envoys-source, passage: "envoys-source#p2", quote: Nurlan Zhaksybek}
"""


def _entity_line1(home, query):
    r = run_kzpk(home, "search", query, "--kind", "entity", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    return r.out.splitlines()[0]


def test_whose_post_is_asked_the_holder_for_that_owner_answers(tmp_path):
    home = make_home(tmp_path / "home", source=SOURCE, records=RECORDS)
    assert run_kzpk(home, "index").code == 0
    # the people who answer: not the think tank's 'Ambassador', whose records says no owner
    line = _entity_line1(home, "Who is Kazakhstan's ambassador in Islamabad?")
    assert "Zhaksybek" in line and "Tariq Aziz" not in line, line
    assert "Zhaksybek" in line1_of(home)("Who is Kazakhstan's ambassador in Islamabad?")
    # the post asked without an owner: the rule stays out of it
    line = _entity_line1(home, "Who is the chairman of the Islamabad Council for World Affairs?")
    assert "Tariq Aziz" in line, line


SESSIONS = """\
---
id: sessions-source
title: Seminar on Kazakhstan ends in Lahore
date: "2025-05-06"
kind: news
---
Seminar on Kazakhstan ends in Lahore

LAHORE: Bilal Rana, Special Assistant to the Prime Minister on Digital Media, was the Chief Guest of the inaugural session of the seminar.

Omar Sheikh, former Federal Minister for Commerce, was the Chief Guest for the concluding session of the seminar.
"""

SESSION_PEOPLE = """\
- id: bilal-rana
  type: person
  name: Bilal Rana
  description: Chief Guest of the inaugural session; Special Assistant to the Prime Minister on Digital Media.
  roles:
    - title: Chief Guest of the inaugural session
      source: sessions-source
      passage: "sessions-source#p1"
      quote: Bilal Rana, Special Assistant to the Prime Minister on Digital Media, was the Chief Guest of the inaugural session
    - title: Special Assistant to the Prime Minister on Digital Media
      source: sessions-source
      passage: "sessions-source#p1"
      quote: Bilal Rana, Special Assistant to the Prime Minister on Digital Media
  sources:
    - {source: sessions-source, passage: "sessions-source#p1", quote: Bilal Rana}
- id: omar-sheikh
  type: person
  name: Omar Sheikh
  description: Chief Guest for the concluding session; former Federal Minister for Commerce.
  roles:
    - title: Chief Guest for the concluding session
      source: sessions-source
      passage: "sessions-source#p2"
      quote: Omar Sheikh, former Federal Minister for Commerce, was the Chief Guest for the concluding session
    - title: former Federal Minister for Commerce
      source: sessions-source
      passage: "sessions-source#p2"
      quote: Omar Sheikh, former Federal Minister for Commerce
  sources:
    - {source: sessions-source, passage: "sessions-source#p2", quote: Omar Sheikh}
"""


def test_the_closing_session_asked_the_opening_sessions_guest_does_not_answer(tmp_path):
    home = make_home(tmp_path / "home", source=SESSIONS, records=SESSION_PEOPLE)
    assert run_kzpk(home, "index").code == 0
    question = "Which ex trade minister was chief guest at the closing session?"
    line = _entity_line1(home, question)
    assert "Omar Sheikh" in line and "Bilal Rana" not in line, line
    assert "Omar Sheikh" in line1_of(home)(question)
    # the opening asked: its guest
    assert "Bilal Rana" in _entity_line1(home, "Who was chief guest at the opening session?")


PANEL = """\
---
title: Webinar marks anniversary of Kazakh-Pakistani ties
date: 2023-05-10
---
ISLAMABAD: The Institute of Policy Studies (IPS) held an online discussion on Tuesday to mark thirty years of diplomatic relations between Kazakhstan and Pakistan.

Mr. Saeed Akhtar, Vice President IPS and a former federal secretary, discussed public diplomacy and said both countries must take initiatives to bring their people closer.

The event was moderated by Ms. Hina Rauf, Media Executive, IPS. It was watched live by 40 participants.
"""


def test_who_anchored_a_discussion_its_moderator_answers(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "anchor", {"webinar.md": PANEL})
    line = ask("who anchored the ips online discussion")
    assert "Hina Rauf" in line and "Saeed Akhtar" not in line, line
