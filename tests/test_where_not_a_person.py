"""'Where could the forum be watched live?' asks for a place (here, where it was streamed), not
for a person: the record of the forum's moderator, whose quote says where it was watched, is no
answer; the passage saying it is. A person's record answers "where" only for a person the
question names ('Where does Amina Khan work?').

One home of our own (a source and a record written for this test); the test reads the first
line of plain output, as the user does.
"""

from __future__ import annotations

from conftest import make_home, run_kzpk

SOURCE = """\
---
id: steppe-webinar
title: Online forum on the Steppe Corridor
date: "2024-05-20"
kind: news
---
Online forum on the Steppe Corridor

An online forum on the Steppe Corridor was held by the Centre for Highland & Desert Studies (CHDS), Quetta, with the Embassy of Kyrgyzstan.

The online forum was moderated by Ms. Amina Khan, Media & Communication Executive, CHDS. The forum was viewed live on various social media platforms and was attended by 45 participants, including academicians, scholars, diplomats, students and leading experts from both countries, who put questions to the speakers on trade, transit, customs, rail freight and the grain market.

Dr. Saule Bekova, Senior Lecturer, Naryn State University, said the corridor should carry grain.
"""

QUOTE = ("The online forum was moderated by Ms. Amina Khan, Media & Communication Executive, CHDS."
         " The forum was viewed live on various social media platforms")

RECORDS = f"""\
- id: amina-khan
  type: person
  name: Amina Khan
  aliases: [Ms. Amina Khan]
  description: Media & Communication Executive at CHDS; moderator of the CHDS online forum on the Steppe Corridor.
  roles:
    - title: "moderator of the online forum"
      source: steppe-webinar
      passage: "steppe-webinar#p2"
      quote: "The online forum was moderated by Ms. Amina Khan"
    - title: "Media & Communication Executive, CHDS"
      source: steppe-webinar
      passage: "steppe-webinar#p2"
      quote: "{QUOTE}"
  sources:
    - {{source: steppe-webinar, passage: "steppe-webinar#p2", quote: "{QUOTE}"}}
    - {{source: steppe-webinar, passage: "steppe-webinar#p1", quote: "An online forum on the Steppe Corridor was held by the Centre for Highland & Desert Studies (CHDS)"}}
"""


def test_where_a_forum_was_watched_is_not_its_moderators_record(tmp_path):
    home = make_home(tmp_path / "home", SOURCE, RECORDS)
    r = run_kzpk(home, "search", "where could the chds forum be watched live", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0, r.err
    assert "social media platforms" in r.out.splitlines()[0]
    assert not r.out.startswith("1. [entity]")


def test_where_a_named_person_works_is_in_their_record(tmp_path):
    home = make_home(tmp_path / "home", SOURCE, RECORDS)
    r = run_kzpk(home, "search", "Where does Amina Khan work?", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "CHDS" in r.out.splitlines()[0]
