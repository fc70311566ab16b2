"""A word of a query that no document writes, though it is not what the query is about: the
kind of answer named after a preposition ('At what height ...?'), a measure or the holder of a
thing ('owner'), a name in another romanisation beside a name the documents write it beside
('Maksut Zhumaev' for 'Maxut Zhumayev'). The search answers instead of ending as an absent
subject; a subject no document mentions ('badminton', a first name no document gives) still
ends with "no document mentions" and exit 1. What the user sees: line 1, stderr, exit code."""

from __future__ import annotations

import pytest

from conftest import RECORDS, SOURCE, add_items, line1_of, make_home, run_kzpk

CLIMB = """\
---
title: Climbers head back up Broad Peak
date: 2024-01-10
---
SKARDU: The Kazakh team is moving back up Broad Peak after a week of storms. It means to pitch Camp 2 at 6,700m once the ropes are fixed.

Tahir Beg, whose firm looks after the team's supplies, said the porters had reached base camp, each in a new hat.

The team leader is Maxut Zhumayev, who has climbed in the range since 2003 and never without his hat.

Alexander Petrenko, the team doctor, checked the climbers at base camp, hat in hand.

The new fixed ropes, he said, had been a revolution for the porters.
"""


NASIR = """\
- id: nasir-ul-haque
  type: person
  name: Nasir ul Haque
  aliases: [{name: Nasirul Haque, transliteration: true}]
  sources:
    - {source: test-source, passage: "test-source#p4", quote: Ambassador Nasir ul Haque}
"""


@pytest.fixture(scope="module")
def climb(tmp_path_factory):
    root = tmp_path_factory.mktemp("climb")
    # a name the documents write one way ('Nasir ul Haque') and its records another ('Nasirul
    # Haque', an alias)
    home = make_home(root / "home", source=SOURCE + (
        "\nAmbassador Nasir ul Haque said the climb would draw tourists to the north.\n"),
        records=RECORDS + NASIR)
    add_items(home, root, {"climb.md": CLIMB})
    return home


def test_the_kind_of_answer_after_a_preposition_frames_the_question(climb):
    # 'hillside' is the kind of place asked for, not a subject: the text names none
    line = line1_of(climb)("On which hillside does the team pitch Camp 2?")
    assert "6,700m" in line


def test_a_misspelt_kind_of_answer_is_said_corrected(climb):
    r = run_kzpk(climb, "search", "On which feilds does the team pitch Camp 2?", "--format",
                 "plain", "--limit", "1")
    assert r.code == 0 and "6,700m" in r.out.splitlines()[0], r.err
    assert "showing results for 'On which fields does the team pitch Camp 2?'" in r.err


def test_a_measure_frames_the_question(climb):
    # 'height' is what is asked, not a subject: the text gives the figure without the word
    line = line1_of(climb)("Camp 2 height on Broad Peak")
    assert "6,700m" in line


def test_a_holder_of_a_thing_frames_a_keyword_query(climb):
    # 'owner' names the kind of answer, a person: the text says 'whose firm'
    line = line1_of(climb)("broad peak team supplies firm owner")
    assert "Tahir Beg" in line


@pytest.mark.parametrize("query, written, searched", [
    # ks/x, beside a name corrected too
    ("Maksut Zhumaev team leader", "Maxut Zhumayev", "Maxut Zhumayev team leader"),
    # ks/x, -dr/-der
    ("Aleksandr Petrenko team doctor", "Alexander Petrenko", "Alexander Petrenko team doctor"),
    # -q/-que, beside a known name's alias (though 'hat', one letter away, is more often said)
    ("Nasirul Haq tourists", "Nasir ul Haque", "Nasirul Haque tourists"),
])
def test_a_name_in_another_romanisation_beside_a_name(climb, query, written, searched):
    r = run_kzpk(climb, "search", query, "--format", "plain", "--limit", "1")
    assert r.code == 0 and written in r.out.splitlines()[0], r.err
    assert f"showing results for {searched!r}" in r.err


@pytest.mark.parametrize("query, word", [
    ("At what height do the badminton players train?", "badminton"),  # a topic noun
    ("broad peak badminton tournament owner", "badminton"),
    ("Andrei Petrenko team doctor", "Andrei"),  # another first name: not the one written
    ("Nasirul Hamid tourists", "Hamid"),
    # a place in small letters before a word naming the kind of answer ('dates' asks a date) is
    # the subject, not part of what is asked, when it is no English word
    ("skardu kharan dates", "kharan"),
    # a name known only as the stem of an English word ('revolution'): no text writes it
    ("Revolut card for the porters", "Revolut"),
])
def test_an_absent_subject_still_ends_the_search(climb, query, word):
    r = run_kzpk(climb, "search", query, "--format", "plain", "--limit", "1")
    assert r.code == 1 and not r.out
    assert f"no document mentions {word!r}" in r.err



DEPARTMENT = """\
---
title: Lecture on Central Asian studies in Quetta
date: 2024-03-02
---
QUETTA: Dr Samina Rind, head of the Department of International Relations at the University of Balochistan, opened a lecture series on Central Asia.

Deputy Foreign Minister Arman Issetov spoke on the reforms by video link.
"""


def test_a_clipped_word_is_searched_as_the_whole_one_and_said(tmp_path_factory):
    root = tmp_path_factory.mktemp("clipped")
    home = add_items(make_home(root / "home"), root, {"lecture.md": DEPARTMENT})
    # no document writes 'dept', 'univ' or 'dep': each is the whole word, said on stderr
    r = run_kzpk(home, "search", "head of international relations dept balochistan univ", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0 and "Samina Rind" in r.out.splitlines()[0], r.err
    assert "department" in r.err and "university" in r.err
    r = run_kzpk(home, "search", "dep FM who spoke on the reforms", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0 and "Arman Issetov" in r.out.splitlines()[0], r.err


FLATS = """\
---
title: Flats for workers handed over in Tessa
date: 2024-03-02
---
TESSA: The workers' fund handed over 1,008 flats on Monday, a week after the elections to the city council.
"""


def test_a_long_misspelt_word_is_no_surer_for_its_short_stem(tmp_path):
    # 'elegible' stems to 'eleg', two letters from 'elect' ('elections'): two edits from a
    # stem cut short are half the word, no slip of a long one
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"flats.md": FLATS})
    r = run_kzpk(home, "search", "who is elegible for the workers flats", "--format", "plain",
                 "--limit", "1")
    assert "showing results for" not in r.err, r.err
    assert r.code == 1 and "no document mentions 'elegible'" in r.err, (r.out, r.err)


QUAKE = """\
---
title: Afghan quake body thanks Orland for aid
date: 2023-10-12
---
HERAT: Ivo Marten, the spokesman for Afghanistan's Earthquake Response Headquarters, thanked the people of Orland for the tents and blankets flown into Herat.
"""


def test_an_english_word_written_with_a_hyphen_may_only_describe(tmp_path):
    # 'co-ordinating' is 'coordinating', an English word no document writes: it describes the
    # body asked about, and the rest of the question still finds it
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"quake.md": QUAKE})
    r = run_kzpk(home, "search", "Who spoke for the Afghan body co-ordinating the quake response "
                 "when it thanked Orland?", "--format", "plain", "--limit", "1")
    assert r.code == 0 and "Ivo Marten" in r.out.splitlines()[0], (r.out, r.err)
    assert "no document writes 'co-ordinating'; searched without it" in r.err


@pytest.mark.parametrize("query", [
    "Who looks after the team's supplies despite the storms?",
    "Where does the team pitch Camp 2 beneath the summit?",
    "Who checked the climbers at base camp amid the storms?",
])
def test_a_preposition_or_conjunction_is_no_subject(climb, query):
    # 'despite', 'beneath', 'amid' are in no dictionary entry kzpk reads, but they are words
    # of the language, not names no document mentions
    r = run_kzpk(climb, "search", query, "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "no document mentions" not in r.err


def test_a_name_no_document_mentions_is_not_offered_as_a_small_word(tmp_path_factory):
    # 'Tehran' is two letters from 'than', which the texts write: no slip of it, so no "did
    # you mean" - only that no document mentions Tehran
    root = tmp_path_factory.mktemp("than")
    home = add_items(make_home(root / "home"), root, {"climb.md": CLIMB.replace(
        "never without his hat", "never with more than one hat")})
    r = run_kzpk(home, "search", "Which coin dealers in Tehran were hanged?", "--format", "plain")
    assert r.code == 1
    assert "no document mentions 'Tehran'" in r.err and "did you mean" not in r.err, r.err


GILANI = """\
- id: imran-ali-gilani
  type: person
  name: Imran Ali Gilani
  aliases: [{name: Imran Ali Gillani, transliteration: true}]
  sources:
    - {source: test-source, passage: "test-source#p4", quote: Prime Minister Imran Ali Gilani}
"""


def test_a_name_two_known_spellings_stand_for_is_found_in_a_third(tmp_path_factory):
    # 'Jillani' is a letter from both 'Gilani' and 'Gillani', the one man's spellings his record
    # gives: one name, so the search corrects to it, not "no document mentions"
    root = tmp_path_factory.mktemp("gilani")
    home = make_home(root / "home", source=SOURCE + (
        "\nPrime Minister Imran Ali Gilani flew to Astana for talks on gas.\n"),
        records=RECORDS + GILANI)
    r = run_kzpk(home, "search", "Imran Ali Jillani Astana talks", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0, r.err
    assert "Imran Ali Gilani flew to Astana" in r.out.splitlines()[0]


def test_a_short_word_with_its_doubled_letter_written_once_is_corrected(tmp_path_factory):
    root = tmp_path_factory.mktemp("sel")
    home = add_items(make_home(root / "home"), root, {"cows.md": CLIMB + (
        "\nA herder at base camp said he could sell a yak for 9,000 rupees after the season.\n")})
    r = run_kzpk(home, "search", "how much will the herder sel each yak for", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0, r.err
    assert "9,000 rupees" in r.out.splitlines()[0]
    assert "'how much will the herder sell each yak for'" in r.err
