"""Line 1 of a lookup on a user's own pile: the sentence that answers comes first (issue 13).

One home, built once: the test corpus plus two news items a user might add. Each test asks what a
user would and reads the first line of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import RECORDS, SOURCE, make_home, run_kzpk

COMMISSION = """\
---
title: Commerce ministry seeks ideas ahead of joint commission
date: 2010-09-21
---
ISLAMABAD: The Ministry of Commerce has asked the Trade Development Authority for proposals on trade with Kazakhstan, ahead of the seventh session of the Pakistan-Kazakhstan Joint Ministerial Commission.

The coming round will end a long pause. The commission last sat for its sixth session in Astana on 18-20 April 2007. Delegates will first check how far earlier agreements were put into practice.

According to 2018 statistics, the volume of trade between the two countries reached $28 million.
"""

CHAMBER = """\
---
title: Kazakh envoy leads business delegation to Rawalpindi chamber
date: 2022-02-24
---
RAWALPINDI, Feb 24: A business delegation headed by Ambassador Yerzhan Kistafin visited the Rawalpindi Chamber of Commerce and Industry (RCCI) on Thursday, with members from firms in construction, education and healthcare.

RCCI President Nadeem Rauf said the volume of trade between the two countries was small.

Mayor Anwar-ul-Haq proposed online negotiations as a first step towards joint projects.

The Council of National Coordinators acts as the coordination mechanism of the group of states.

Guests were welcomed by Noor Ahmed of the chamber and by Marghoob Saleem Butt, Pakistan's National Coordinator.

The Executive Committee of the Regional Anti-Terrorist Structure is based in Tashkent.
"""

SUMMIT = """\
---
title: Pakistan and Kazakhstan sign accords
date: 2025-02-04
---
ISLAMABAD: The two countries signed a joint declaration on Tuesday.

Speaking to the press beside his guest, Prime Minister Shehbaz Sharif called the declaration a historic moment. He put current bilateral trade at $250 million and asked both sides to raise it.

At the Pakistan Institute of International Affairs the ambassador spoke about think tanks. The institute's head, Dr. Masuma Hasan, backed the idea and suggested joint research.

The Working Session II, a working session moderated by Dr. Amina Khan, was on trade.

The Working Session I was moderated by Dr. Talat Shabbir.

Direct flights between Lahore and Almaty will run twice a week from July using a Boeing 737, the airline said.

The ambassador said the flight from Lahore to Almaty would take about two hours.

Kazakhstan's First Deputy Foreign Minister Shakhrat Nuryshev has said his country and Pakistan are close partners.

Nuryshev said non-proliferation was a matter of conviction for Kazakhstan. The country is the world's largest producer of natural uranium.

The proposed railway's Afghan section was discussed at length by both sides.

The Afghan section of the railway would be a 573-km stretch, the minister said.

The trade ministries listed more than 100 goods in demand on the Pakistani market.

According to Kazakh data, trade edged up 0.9 percent in 2024 to USD 53.7 mln.

Research at the institute's library covers the history of Pakistan and international affairs, the archive's head of research said.
"""

RECEPTION = """\
---
title: Kazakh embassy marks Republic Day
date: 2023-10-26
---
ISLAMABAD: The Embassy of Kazakhstan celebrated the country's Republic Day at a reception yesterday, where Ambassador Yerzhan Kistafin promised to carry the friendship further.

The caretaker Federal Minister for Railways, Shahid Ashraf Tarar, congratulated the ambassador.
"""

CONFERENCE = """\
---
title: Kazakh envoy speaks at Islamabad conference
date: 2023-09-08
---
ISLAMABAD: Kazakhstan's ambassador invited Pakistani firms into farming and engineering.

He was speaking at a conference in a local hotel on the political and economic reforms of Kazakhstan under President Tokayev.

The speakers were IPRI Director Dr Raashid Wali Janjua and the editor Tazin Akhtar.
"""

BISHKEK = """\
---
title: Pakistan and Kazakhstan set trade goal at Bishkek talks
date: 2019-05-22
---
ISLAMABAD: Pakistan and Kazakhstan have resolved to lift two-way trade to $1 billion, the Foreign Office said on Wednesday.

The understanding came out of talks between Foreign Minister Shah Mahmood Qureshi and Kazakhstan's Minister of Foreign Affairs, Beibut Atamkulov, who met in the Kyrgyz capital on the margins of the council.
"""

COUNCIL = """\
---
title: Dar arrives in Astana for SCO foreign ministers' council
date: 2024-05-20
---
ISLAMABAD: Foreign Office spokesperson said a meeting had been arranged in Astana between Dar and the Kyrgyz Foreign Minister, Jeenbek Kulubaev, to go over the latest situation in Bishkek and the safety of students there.
"""

TALKS = """\
---
title: Kazakhstan foreign minister at Bishkek talks
---
Kazakhstan's Foreign Minister, Kairat Abdrakhmanov, said talks on the safety of foreign students would be held in the Kyrgyz capital.
"""

FLIGHTS = """\
---
title: First direct Karachi-Tashkent flights take off today
date: 2023-07-08
---
KARACHI: Direct air travel between Pakistan and Uzbekistan begins today.

Uzbekistan Airways will fly between Karachi and Tashkent twice a week.

An earlier announcement had the first flight landing in Karachi in April; the launch slipped to July.

The ambassador said the journey would take about three hours.
"""

ENVOY = """\
---
title: Envoy says Kazakh imports from Pakistan must grow
date: 2024-08-21
---
ISLAMABAD: Kazakhstan's ambassador said in an interview that trade remained small.

Kazakhstan's imports from Pakistan were worth $46.8 million last year.
"""

FORECAST = """\
---
title: Kazakh imports from Pakistan forecast
date: 2024-03-02
---
ASTANA: Kazakhstan's imports from Pakistan could reach $60 million this year, Kazakhstan's trade ministry said.
"""

ROUTES = """\
---
title: Tashkent airport to add routes
date: 2022-06-01
---
TASHKENT: The number of new international flights from Tashkent airport will reach 40 this year, the airport said.

The minister also welcomed the direct flights between Quetta and Tashkent due to start this year, saying the link would help traders, students and pilgrims, and that both governments had worked for years to open it, through rounds of talks between the civil aviation authorities of both countries. According to the ambassador there will be three a week at first, rising to five later.
"""

GIFTS = """\
---
title: Envoy calls on culture minister
date: 2021-10-07
---
ISLAMABAD: Ambassador Yerzhan Kistafin called on the Federal Minister for Culture, Shafqat Mahmood, here on Wednesday, and the two agreed to widen links between universities.

Scholarships for Pakistani students were also discussed, along with exchanges of teachers.

The envoy presented the minister with two books: "Modern Kazakhstan: The Expo Legacy" and a volume of the works of Abai.
"""

PORTS = """\
---
title: Envoy calls on ports minister
date: 2022-06-08
---
ISLAMABAD: Kazakhstan's ambassador Yerzhan Kistafin called on the Federal Minister for Maritime Affairs and Shipping, Qaiser Ahmed Sheikh, on Wednesday.

The two sides spoke of old cultural bonds and of exchanges of delegations.

According to the minister, the development of Gwadar Port would give landlocked republics a way out to the sea.
"""

SHRINES = """\
---
title: Envoy calls on religious affairs minister
date: 2019-04-01
---
ISLAMABAD: Ambassador Yerzhan Kistafin called on the Federal Minister for Religious Affairs, Pir Noor-ul-Haq Qadri, on Monday.

The two sides spoke of Sufi poetry shared by both peoples.

The minister said pilgrims from Kazakhstan would be welcome at the shrines of Punjab.
"""

FLOWS = """\
---
title: Envoy on small flows
date: 2021-12-01
---
ASTANA: Kazakh statistics show how small trade between Kazakhstan and Pakistan remains, the envoy said.

Two-way trade with Pakistan came to $52.5 million this year.
"""


@pytest.fixture(scope="module")
def pile(tmp_path_factory):
    root = tmp_path_factory.mktemp("answers")
    home = make_home(root / "home")
    for name, text in (("commission.md", COMMISSION), ("chamber.md", CHAMBER),
                       ("summit.md", SUMMIT), ("reception.md", RECEPTION),
                       ("conference.md", CONFERENCE), ("bishkek.md", BISHKEK),
                       ("council.md", COUNCIL), ("talks.md", TALKS),
                       ("flights.md", FLIGHTS), ("envoy.md", ENVOY),
                       ("forecast.md", FORECAST), ("routes.md", ROUTES),
                       ("gifts.md", GIFTS), ("ports.md", PORTS),
                       ("flows.md", FLOWS), ("shrines.md", SHRINES)):
        doc = root / name
        doc.write_text(text, encoding="utf-8")
        r = run_kzpk(home, "add", str(doc))
        assert r.code == 0, r.err

    def ask(query: str, *options: str):
        return run_kzpk(home, "search", query, *options, "--format", "plain", "--limit", "1")

    ask.home = home
    return ask


def line1(r) -> str:
    assert r.code == 0, r.err
    return r.out.splitlines()[0]


def test_a_text_about_another_session_does_not_answer_for_the_one_asked(pile):
    # the article's dated opening names the seventh session; the sixth is in a later paragraph
    line = line1(pile("When did the sixth session of the Pakistan-Kazakhstan Joint Ministerial "
                       "Commission take place?"))
    assert "18-20 April 2007" in line


def test_who_holds_a_role_is_the_name_beside_the_role(pile):
    # the long name and its acronym are one subject; the ambassador who led the visit is not
    # the chamber's president
    line = line1(pile("Who is the president of the Rawalpindi Chamber of Commerce and Industry?"))
    assert "Nadeem Rauf" in line


def test_a_possessive_and_a_sentence_opening_are_no_name(pile):
    # "Pakistan's" is no rare word 's' matching every s-word, and "The Council" is no person
    line = line1(pile("Who is Pakistan's national coordinator for the group?"))
    assert "Marghoob Saleem Butt" in line


def test_a_name_written_as_one_word_finds_it_written_as_two(pile):
    r = pile("Anwarul Haq first step proposed")
    assert "online negotiations" in line1(r)
    assert "Anwar ul Haq" in r.err  # the correction is said, not silently made


def test_a_hyphenated_word_is_corrected_part_by_part(pile):
    r = pile("Regional Anti-Terorist Structure based")
    assert "Tashkent" in line1(r)
    assert "Anti-Terrorist" in r.err


def test_a_hyphenated_name_no_document_holds_is_a_miss(pile):
    r = pile("Who is the national coordinator in Nur-Sultan?")
    assert r.code == 1 and r.out == ""
    assert "no document mentions 'Nur-Sultan'" in r.err


def test_a_keyword_query_naming_an_amount_asks_for_the_figure(pile):
    # another document's sentence holds 'according to' and 'volume'; this one the figure asked
    line = line1(pile("current trade volume according to Sharif"))
    assert "$250 million" in line and "Shehbaz Sharif" in line


def test_a_sentence_going_on_about_whom_the_one_before_named_is_shown_with_it(pile):
    # 'He' is Shehbaz Sharif: line 1 starts where the sentence before names him
    line = line1(pile("current bilateral trade Sharif", "--kind", "passage"))
    assert "Prime Minister Shehbaz Sharif called the declaration" in line
    assert "$250 million" in line


def test_a_keyword_query_naming_a_role_asks_who_holds_it(pile):
    line = line1(pile("head of the Pakistan Institute of International Affairs"))
    assert "Masuma Hasan" in line


def test_a_numbered_session_is_not_another_number(pile):
    assert "Talat Shabbir" in line1(pile("Who moderated Working Session I?"))


def test_a_keyword_querys_small_roman_numeral_numbers_a_session(pile):
    # 'working session i', typed in small letters, is Working Session I, not II
    assert "Talat Shabbir" in line1(pile("working session i moderator"))


def test_how_long_asks_for_a_duration(pile):
    assert "two hours" in line1(pile("How long is the direct flight between Lahore and Almaty?"))


def test_which_role_asks_for_the_name_beside_that_role(pile):
    line = line1(pile("Which caretaker minister spoke at the embassy's Republic Day reception?"))
    assert "Shahid Ashraf Tarar" in line
    # the ambassador stands beside 'reception', a word of the question, but is not the role
    # asked about: that sentence does not answer
    from kzpk.question import WHO, answers, role_words

    question = "Which caretaker minister spoke at the embassy's Republic Day reception?"
    words = {"caretaker", "minister", "spoke", "embassy", "republic", "day", "reception"}
    roles = role_words(question)
    assert roles == {"caretaker", "minister"}
    assert not answers(WHO, "The embassy held a reception, where Ambassador Yerzhan Kistafin "
                            "spoke.", words, roles)
    assert answers(WHO, "The caretaker Federal Minister for Railways, Shahid Ashraf Tarar, "
                        "congratulated the ambassador.", words, roles)


def test_a_sentence_naming_a_person_by_surname_speaks_of_the_person_asked(pile):
    line = line1(pile("What did Shakhrat Nuryshev say about uranium?"))
    assert "largest producer of natural uranium" in line


def test_a_word_weighs_as_rare_as_the_texts_spell_it(pile):
    # 'reforms' is stored as its stem 'reform'; the unstemmed spelling, in no text, must not
    # make the word count as the rarest there is (every stemmed word did, outweighing names)
    from kzpk.home import find_home
    from kzpk.index_store import ensure_index
    from kzpk.query import Searcher

    s = Searcher(ensure_index(find_home(str(pile.home))))
    try:
        (forms, idf), = s._query_terms(["delegation"])
        assert idf == s.searcher.idf("text", "deleg") < s.searcher.idf("text", "delegation")
    finally:
        s.close()


def test_how_long_asks_for_a_length_too(pile):
    line = line1(pile("How long is the Afghan section of the proposed railway?"))
    assert "573-km stretch" in line


def test_how_much_in_a_year_is_not_a_figure_of_another_year(pile):
    # the 2018 figure holds more of the question's words; its year is not the one asked
    line = line1(pile("How much did trade between the two countries reach in 2024?"))
    assert "USD 53.7 mln" in line


def test_the_verb_of_a_question_comes_after_its_subject():
    from kzpk.question import HOW_MUCH, answers, main_verb

    # 'trade' heads the subject ('did trade between ... reach'); 'reach' is the verb
    assert main_verb("How much did trade between Kazakhstan and Pakistan reach in 2024?") == "reach"
    assert main_verb("When did trade grow?") == "grow"
    assert answers(HOW_MUCH, "trade rose to USD 53.7 mln", set())


def test_a_missing_word_naming_the_kind_of_answer_is_no_subject(pile):
    # no document says 'aircraft'; 'aircraft type' asks what kind, as 'trade volume' asks how much
    r = pile("Lahore Almaty flight aircraft type")
    assert "Lahore" in line1(r) and "aircraft" not in r.err
    r = pile("aircraft leasing deal")  # a subject no document mentions stays a miss
    assert r.code == 1 and "no document mentions 'aircraft'" in r.err


def test_a_peoples_adjective_finds_its_country(pile):
    # the pile never says 'Kazakhstani'; it says 'Kazakhstan'
    r = pile("Kazakhstani ambassador Kistafin reception")
    assert "Republic Day" in line1(r)
    assert r.err == ""  # no correction: the word is known, as its country


def test_a_paragraph_opening_on_the_one_before_takes_it_as_context(pile):
    # the conference on reforms is named in the paragraph before the speakers
    assert "Raashid Wali Janjua" in line1(pile("IPRI director Kazakhstan reforms conference"))


def test_a_news_item_is_of_the_year_of_its_date(pile):
    # the 2024 item holds more of the question's words in one sentence, but states no year: it
    # is of its date's year, 2024; the item dated 2019 is of the year asked
    line = line1(pile("Who was the foreign minister of Kazakhstan at the meeting in Bishkek in 2019?"))
    assert "Beibut Atamkulov" in line


def test_a_news_item_dated_in_the_year_asked_holds_that_year(pile):
    # the undated item's sentence holds more of the question's words; the item dated 2019 holds
    # the year asked, as it holds the words of its title ('Bishkek')
    line = line1(pile("Who was Kazakhstan's foreign minister in Bishkek in 2019?"))
    assert "Beibut Atamkulov" in line


def test_the_answer_may_hold_only_what_the_title_names(pile):
    # the sentence giving the duration says none of the question's words; its title says them
    line = line1(pile("How long does the direct flight between Karachi and Tashkent take?"))
    assert "about three hours" in line


def test_last_year_in_a_news_item_is_the_year_before_its_date(pile):
    # both items are of 2024; 'last year' in one of them is 2023, the year asked (the passage
    # itself, as the fact kzpk extracts from it already says)
    line = line1(pile("How much were Kazakhstan's imports from Pakistan in 2023?", "--kind",
                      "passage"))
    assert "$46.8 million" in line


def test_the_sentence_before_says_what_an_answer_goes_on_about(pile):
    # 'three a week' says neither Quetta nor Tashkent; the sentence before it does
    line = line1(pile("How many flights a week between Quetta and Tashkent were planned?"))
    assert "three a week" in line


def test_who_the_minister_of_the_answering_sentence_is_its_first_paragraph_says(pile):
    # 'According to the minister, ...' answers, but names no one; the first paragraph does
    line = line1(pile("Gwadar Port landlocked republics minister"))
    assert line.startswith("1. [passage]") and "Qaiser Ahmed Sheikh (the minister named in" in line
    assert "According to the minister" in line


def test_what_was_trade_asks_for_its_size(pile):
    # 'What was trade ...' wants the figure, not the sentence holding most of the words
    line = line1(pile("What was trade between Kazakhstan and Pakistan in 2021?"))
    assert "$52.5 million" in line


VISIT_SOURCE = SOURCE.rstrip("\n") + """

Prime Minister Yusuf Raza Gillani paid an official visit to Astana on 6-7 September 2011.
"""

VISIT_RECORDS = RECORDS + """\
- id: yusuf-raza-gillani
  type: person
  name: Yusuf Raza Gillani
  aliases: [Gillani, {name: Gilani, transliteration: true}]
  description: Prime Minister who met the Kazakh leadership in Astana in September 2011.
  roles:
    - title: Prime Minister
      source: test-source
      passage: "test-source#p4"
      quote: Prime Minister Yusuf Raza Gillani
  sources:
    - {source: test-source, passage: "test-source#p4", quote: Prime Minister Yusuf Raza Gillani}
"""

VISIT = """\
---
title: PM Gilani to begin two-day Kazakhstan visit
date: 2011-09-05
---
ISLAMABAD: Prime Minister Yousuf Raza Gilani flies to Astana on Tuesday for a two-day visit to Kazakhstan.

In the Kazakh capital the prime minister will sit down with his opposite number, Prime Minister Karim Massimov, to look at ways of widening relations.
"""


def test_the_person_a_who_question_names_is_not_its_answer(tmp_path):
    # Gilani is given ('did Gilani meet'); the question asks for the Kazakh prime minister, so
    # neither Gilani's record nor a sentence naming him as prime minister answers it, however
    # he is spelt ('Gillani' in the bundled text, 'Gilani' in the news item)
    home = make_home(tmp_path / "home", VISIT_SOURCE, VISIT_RECORDS)
    doc = tmp_path / "visit.md"
    doc.write_text(VISIT, encoding="utf-8")
    assert run_kzpk(home, "add", str(doc)).code == 0
    r = run_kzpk(home, "search", "Which Kazakh prime minister was Gilani to meet in Astana?",
                 "--format", "plain", "--limit", "1")
    assert "Karim Massimov" in line1(r)


def test_the_person_a_who_question_names_is_not_its_answer_without_a_role_asked(tmp_path):
    # 'Who did Gilani meet in Astana?' gives Gilani and asks for another: his record (whose
    # description says he met the Kazakh leadership in Astana) is no answer; 'Who is Gilani?'
    # is still answered by him
    home = make_home(tmp_path / "home", VISIT_SOURCE, VISIT_RECORDS)
    doc = tmp_path / "visit.md"
    doc.write_text(VISIT.replace("In the Kazakh capital the prime minister will sit down with",
                                "In Astana the prime minister will meet"), encoding="utf-8")
    assert run_kzpk(home, "add", str(doc)).code == 0
    r = run_kzpk(home, "search", "Who did Gilani meet in Astana?",
                 "--format", "plain", "--limit", "1")
    assert "Karim Massimov" in line1(r)
    r = run_kzpk(home, "search", "Who is Gilani?", "--format", "plain", "--limit", "1")
    assert "Gil" in line1(r) and "Prime Minister" in line1(r) and "Massimov" not in line1(r)


def test_a_news_items_first_paragraph_says_whom_a_later_one_calls_the_envoy(pile):
    # 'The envoy presented the minister ...': the first paragraph names them, not the one before
    line = line1(pile("Which books did the Kazakh ambassador give Shafqat Mahmood?"))
    assert "The Expo Legacy" in line


def test_a_text_holding_more_of_the_words_is_not_lost_from_a_later_segment(tmp_path):
    # 45 notes fill the first index segment; the answer is added after them (a segment of its
    # own). Whoosh's preloaded Or took the best score a small segment can give for the best
    # of one word's, not the sum, and dropped the answer from the candidates ranked.
    home = make_home(tmp_path / "home")
    notes = []
    for i in range(45):
        note = tmp_path / f"note-{i}.md"
        note.write_text(f"---\ntitle: Railway note {i}\ndate: 2020-01-{i % 28 + 1:02d}\n---\n"
                        f"Railway officials met on day {i} to talk about the railway with "
                        "Kistafin.\n", encoding="utf-8")
        notes.append(str(note))
    assert run_kzpk(home, "add", *notes).code == 0
    assert run_kzpk(home, "search", "railway").code == 0  # the index, with the notes
    doc = tmp_path / "corridor.md"
    doc.write_text("---\ntitle: Envoy on the corridor\ndate: 2021-01-01\n---\nKistafin said the "
                   "Afghan section of the railway would be 687 km long.\n", encoding="utf-8")
    assert run_kzpk(home, "add", str(doc)).code == 0
    r = run_kzpk(home, "search", "Kistafin Afghan section railway", "--format", "plain",
                 "--limit", "1")
    assert "687 km long" in line1(r)


def test_the_minister_given_no_name_is_named_though_the_sentence_names_others(pile):
    # the sentence names a book and its author, not the minister it speaks of
    line = line1(pile("Abai works minister"))
    assert "Shafqat Mahmood (the minister named in" in line and "works of Abai" in line


def test_words_naming_the_kind_of_answer_are_no_absent_subject(kz):
    # 'turnover' (an amount) and 'venue' (a place) say what is wanted; a pile that never writes
    # them still answers ('no document mentions turnover' had ended the search with exit 1)
    r = kz("search", "trade turnover 2023", "--format", "plain", "--limit", "1")
    assert r.code == 0 and "$138 million" in r.out.splitlines()[0]
    r = kz("search", "trade roundtable venue", "--format", "plain", "--limit", "1")
    assert r.code == 0 and "Islamabad" in r.out.splitlines()[0]
    # 'ex' says 'former': no subject ('no document mentions ex' had ended the search)
    r = kz("search", "ex trade minister", "--format", "plain", "--limit", "1")
    assert r.code == 0 and "'ex'" not in r.err


def test_a_name_with_several_hyphens_is_named_whole(pile):
    # 'Pir Noor-ul-Haq Qadri' is one name, not 'Pir Noor-ul' and 'Haq Qadri'
    line = line1(pile("minister pilgrims shrines"))
    assert "Pir Noor-ul-Haq Qadri (the minister named in" in line


def test_a_count_written_as_a_word_past_twelve_answers_how_many(tmp_path):
    # 'Thirteen countries' is the count asked; 'the two sides' of the paragraph before is not
    home = make_home(tmp_path / "home")
    doc = tmp_path / "corridor.md"
    doc.write_text("---\ntitle: Envoy discusses North-South corridor\ndate: 2024-04-05\n---\n"
                   "ASTANA: According to the two sides, access to ports would open the way to the "
                   "countries of Africa.\n\nThe North-South corridor rests on an agreement that "
                   "Russia, Iran and India signed in 2000. Thirteen countries have since ratified "
                   "it.\n", encoding="utf-8")
    assert run_kzpk(home, "add", str(doc)).code == 0
    r = run_kzpk(home, "search", "How many countries have ratified the North-South corridor "
                 "agreement?", "--format", "plain", "--limit", "1")
    assert "Thirteen countries" in line1(r)


def test_a_span_of_years_speaks_of_the_years_inside_it(tmp_path):
    # 'the Roadmap ... 2025-2027' of a 2026 item speaks of 2026: it is no text of another year
    home = make_home(tmp_path / "home")
    for name, text in (("visit.md", "---\ntitle: State visit ends\ndate: 2026-02-05\n---\n"
                        "ISLAMABAD: The presidents welcomed the Roadmap for Trade and Economic "
                        "Cooperation 2025–2027 as a guide.\n"),
                       ("notes.md", "---\ntitle: Officials meet\n---\nOfficials welcomed "
                        "a roadmap for trade at their meeting.\n"),
                       ("census.md", "---\ntitle: Census\n---\nThe census of 2026 counted "
                        "houses.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert run_kzpk(home, "add", str(tmp_path / name)).code == 0
    r = run_kzpk(home, "search", "What trade roadmap was welcomed in 2026?", "--format", "plain",
                 "--limit", "1")
    assert "Roadmap for Trade and Economic Cooperation 2025" in line1(r)


CARGO = ("---\ntitle: Pakistan sends first transit cargo to Kazakhstan\ndate: 2023-06-02\n---\n"
         "SOST: The first transit consignment left the dry port for Almaty.\n\nOfficials hope the "
         "crossing will grow into a hub. As of June 2023 trade between the two countries stood "
         "at $219 million.\n")


def test_a_word_only_a_title_holds_is_one_its_document_mentions(tmp_path):
    # no text of this home says 'Pakistan' outside a title: the user's item, whose headline
    # names both countries, is about them, and 'Pakistan' is no subject no document mentions
    home = make_home(tmp_path / "home")
    (tmp_path / "cargo.md").write_text(CARGO, encoding="utf-8")
    assert run_kzpk(home, "add", str(tmp_path / "cargo.md")).code == 0
    r = run_kzpk(home, "search", "How much trade was there between Pakistan and Kazakhstan as "
                 "of June 2023?", "--format", "plain", "--limit", "1")
    assert r.code == 0 and "$219 million" in line1(r)


TRADE_SOURCE = """\
---
id: trade-report
title: Trade report
date: "2024-01-10"
kind: news
---
Trade report

Pakistan and Kazakhstan are partners. Bilateral trade grew to $138 million in 2023, the report said.
"""

TRADE_RECORDS = """\
- id: pakistan
  type: country
  name: Pakistan
  sources:
    - {source: trade-report, passage: "trade-report#p1", quote: Pakistan and Kazakhstan are partners}
- id: kazakhstan
  type: country
  name: Kazakhstan
  sources:
    - {source: trade-report, passage: "trade-report#p1", quote: Pakistan and Kazakhstan are partners}
- id: trade-volume-2023
  type: fact
  subject: [kazakhstan, pakistan]
  statement: Bilateral trade grew to $138 million in 2023.
  value: 138000000
  unit: USD
  date: "2023"
  sources:
    - {source: trade-report, passage: "trade-report#p1", quote: Bilateral trade grew to $138 million in 2023}
    - {source: trade-report, passage: "trade-report#p1", quote: Pakistan and Kazakhstan are partners}
"""


def test_a_figure_drawn_from_a_users_item_counts_the_countries_its_title_names(tmp_path):
    # the item says 'the two countries'; its title names them. The figure kzpk draws from it
    # counts them as its paragraph would, as a bundled figure counts the subjects it is filed
    # under, and the figure for the month asked comes first
    home = make_home(tmp_path / "home", TRADE_SOURCE, TRADE_RECORDS)
    (tmp_path / "cargo.md").write_text(CARGO, encoding="utf-8")
    assert run_kzpk(home, "add", str(tmp_path / "cargo.md")).code == 0
    r = run_kzpk(home, "search", "How much trade was there between Pakistan and Kazakhstan as "
                 "of June 2023?", "--kind", "fact", "--format", "plain", "--limit", "1")
    assert "$219 million" in line1(r)


def test_a_long_name_with_in_finds_the_acronym_a_later_paragraph_uses(tmp_path):
    # 'Quadrilateral Traffic in Transit Agreement' is the QTTA of the paragraph that says when
    # it was signed; the first paragraph names it in full but says only when it was reviewed
    home = make_home(tmp_path / "home")
    (tmp_path / "qtta.md").write_text(
        "---\ntitle: Transit pact reviewed\ndate: 2026-02-05\n---\nISLAMABAD: Officials on "
        "Wednesday reviewed the Quadrilateral Traffic in Transit Agreement (QTTA) with China."
        "\n\nThe QTTA was signed in 1995 by Pakistan, China, Kyrgyzstan and Kazakhstan.\n",
        encoding="utf-8")
    assert run_kzpk(home, "add", str(tmp_path / "qtta.md")).code == 0
    r = run_kzpk(home, "search", "When was the Quadrilateral Traffic in Transit Agreement "
                 "signed?", "--format", "plain", "--limit", "1")
    assert "signed in 1995" in line1(r)


def test_a_noun_that_begins_with_the_questions_verb_is_no_form_of_it(tmp_path):
    # 'players' is no form of 'play': the paragraph saying 'players' gets no verb's credit over
    # the one that answers when India last played there
    home = make_home(tmp_path / "home")
    (tmp_path / "tie.md").write_text(
        "---\ntitle: ITF moves Pakistan-India Davis Cup tie to Nur-Sultan\ndate: 2019-11-19\n---\n"
        "ISLAMABAD: At the request of the All India Tennis Association the ITF pushed the dates "
        "back to late November, and then, on November 4, the Davis Cup Committee said it would "
        "move the tie out of Pakistan, citing the safety of players and officials.\n\n"
        "The two countries have rarely met. India last travelled to Pakistan for a Davis Cup tie "
        "in 1964 and won 4-0.\n", encoding="utf-8")
    assert run_kzpk(home, "add", str(tmp_path / "tie.md")).code == 0
    r = run_kzpk(home, "search", "When did India last play a Davis Cup tie in Pakistan?",
                 "--format", "plain", "--limit", "1")
    assert "in 1964" in line1(r)


def test_on_what_dates_asks_when(tmp_path):
    # 'On what dates …?' asks for the days as 'On what date …?' does: 'dates' is no subject
    # ('pushed the dates back' does not answer it)
    home = make_home(tmp_path / "home")
    (tmp_path / "tie.md").write_text(
        "---\ntitle: ITF moves Pakistan-India Davis Cup tie\ndate: 2019-11-19\n---\n"
        "ISLAMABAD: The tie will now be staged at the National Tennis Centre in the Kazakh "
        "capital on 29 and 30 November.\n\nThe ITF first pushed the dates of the Davis Cup tie "
        "back, then moved it out of Pakistan to Kazakhstan.\n", encoding="utf-8")
    assert run_kzpk(home, "add", str(tmp_path / "tie.md")).code == 0
    r = run_kzpk(home, "search", "On what dates was the Davis Cup tie in Kazakhstan played?",
                 "--format", "plain", "--limit", "1")
    assert "29 and 30 November" in line1(r)


GRANTS = """\
Orlen doubles its study grants

VASK – Orlen has set aside 300 study grants this year for students from Vask, as competition for the study grants has grown, the Orlen ministry of schools said on Monday; the grants cover fees and a monthly allowance.

Competition for each grant has risen more than sevenfold since the scheme began, from 1.5 applicants to eleven, the ministry said.
"""


def test_a_multiple_answers_how_much(tmp_path):
    # 'By how much ...?' is answered by 'sevenfold', a figure, not by the paragraph holding
    # more of the question's words
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"grants.txt": GRANTS})
    line = line1_of(home)("By how much has the competition for study grants from Vask grown?")
    assert "sevenfold" in line


ARRIVAL = """\
IT minister in Vask to push digital links

KARACHI, Nov 19 (News Desk) – Orlen's Minister for Information Technology, Selma Darro, arrived in Vask on Wednesday to oversee the signing of agreements between Orlen and Vask companies.

Vask is the neighbour with which Orlen already has a plan for a joint working group on software, proposed when the minister met the Vask ambassador on 3 May.
"""


def test_when_a_wire_item_tells_the_day_by_its_weekday_its_first_paragraph_answers(tmp_path):
    # '... arrived in Vask on Wednesday', dated by the dateline, answers when she arrived; a
    # later paragraph's '3 May' dates something else
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"arrival.txt": ARRIVAL})
    assert "arrived in Vask on Wednesday" in line1_of(home)("When did Selma Darro arrive in Vask?")


VENUE = """\
27 provinces invited to Vask transport meeting

VASK – Transport ministers of 27 provinces have been invited to a two-day meeting in Vask in November, the Orlen ministry of roads said; the meeting will review a draft agenda of working sessions, cultural programmes and talks on transport links.

Sessions are to be held at the Darro Convention Centre, with a cultural show for delegates.
"""


def test_in_which_building_asks_where(tmp_path):
    # 'In which building ...?' asks for a place, not for the paragraph holding more of the
    # question's words
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"venue.txt": VENUE})
    line = line1_of(home)("In which building in Vask will the working sessions of the "
                          "transport ministers meeting take place?")
    assert "Darro Convention Centre" in line


STRANDED = """\
Orlen families stranded as resettlement stalls

Pel Darro set out from Orlen for the northern city of Kessa in July to help his relatives move to their homeland. When the rebels took over the country in August he found himself stuck there.

His parents and other relatives had been waiting for the Orlen embassy's clearance for resettlement. The rebel takeover froze those plans: the embassy has cut back its work.
"""


def test_a_person_asked_for_by_what_they_are_is_any_person_named(tmp_path):
    # 'Which Orlen resident ...?' asks for a person, whom no title names: the paragraph naming
    # one answers, not the later one holding the question's 'takeover' and naming no one
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"stranded.txt": STRANDED})
    line = line1_of(home)("Which Orlen resident got stuck in Kessa after the rebel takeover "
                          "while helping his relatives move?")
    assert "Pel Darro" in line


PORTAL = """\
Orlen opens its jobs to Vask workers

VASK – Orlen will take on 2,000 workers from Vask next year under a deal signed on Monday, the Orlen labour ministry said. Job seekers from Vask must apply online, and every vacancy will be checked by a joint committee of the two labour ministries.

Every vacancy will be listed on the government portal jobs.orlen.gov.
"""


def test_which_website_asks_for_a_web_address(tmp_path):
    # 'On which website ...?' is answered by the sentence giving an address, though no text
    # says 'website' and the first paragraph holds more of the question's words
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"portal.txt": PORTAL})
    line = line1_of(home)("On which website must job seekers from Vask apply for Orlen vacancies?")
    assert "jobs.orlen.gov" in line


ROUND_TABLE = """\
Round table on Orlen's reforms held in Vask

The round table in Vask was attended by the president of the Vask Peace Institute, Lio Maren, the Orlen envoy, Pel Darro, and scholars of both provinces.

A round table was held on “Orlen Day and the New Charter of Orlen”. It was organised by the Vask Peace Institute and the Orlen embassy.
"""


def test_what_was_a_thing_called_asks_its_title(tmp_path):
    # 'What was the round table in Vask called?' is answered by the title it was held under,
    # not by the paragraph holding more of the question's words
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"table.txt": ROUND_TABLE})
    assert "Orlen Day and the New Charter of Orlen" in \
        line1_of(home)("What was the round table in Vask called?")


VISIT_WORDS = """\
Darro on his visit to Vask

VASK – Pel Darro, the Orlen trade envoy, spoke on Monday in Vask about his visit to Vask, the first such visit in ten years.

Darro termed it the start of a “golden decade” for the two provinces.
"""


def test_a_keyword_query_saying_described_asks_what_it_was_called(tmp_path):
    # 'darro how he described vask visit': the words he called it by, not the paragraph
    # holding as many of the query's words
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"words.txt": VISIT_WORDS})
    assert "golden decade" in line1_of(home)("darro how he described vask visit")


def test_a_keyword_query_saying_website_asks_for_a_web_address(tmp_path):
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"portal.txt": PORTAL})
    assert "jobs.orlen.gov" in line1_of(home)("vask workers apply orlen vacancy website")


PATROL = """\
Orlen fields a team at the Vask patrol exercise

A team from Orlen's army was one of 12 foreign teams that competed in the Vask patrol exercise, a three-day competition that ended on Tuesday, the army said.

The exercise ran over hill country. The teams covered a 40-hour course; seven teams from the Vask army took part alongside the visitors.
"""


def test_how_many_keeps_the_count_by_every_word_asked(tmp_path):
    # 'How many foreign teams ...?': '12 foreign teams' in the first paragraph, not 'seven
    # teams from the Vask army' in the paragraph holding 'took part'
    from conftest import add_items, line1_of, make_home

    home = add_items(make_home(tmp_path / "home"), tmp_path, {"patrol.txt": PATROL})
    line = line1_of(home)("How many foreign teams took part in the Vask patrol exercise?")
    assert "12 foreign teams" in line
