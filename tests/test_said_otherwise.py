"""A question that names its subject in other words of ordinary English than the texts use
('statute' for 'charter', 'conduit' for 'pipeline', 'capital sentence' for 'death penalty'),
and an English word no text writes that only shares its first letters with one a text does
write ('statute' is no 'status'), or is of the family of one ('worrisome', 'worrying'); and
the adjective of a 'how' question, as the measure a text names ('How hot ...?': 'the
temperature went up to 41 degrees'), and a people's adjective as its country ('Iranian': Iran).

Invented news items, taken from no document kzpk bundles and no evaluation set; each test reads
line 1 of plain output, as the user does. In each, another paragraph holds more of the
question's words as written, and wins without the rule under test.
"""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home, run_kzpk

LEAGUE = """\
Orlen joins the Steppe League as an observer

VASK – The Steppe League granted Orlen observer status in 2005, and the league renewed that status in 2008, the league's secretariat in Vask said.

The statutory rules of the league, adopted by its founding members in Vask, took effect on 3 May 2004.

The principles of the league were set out by its founding members in 2001, and the chief guest at their signing was Ansel Korr.
"""

PACT = """\
Grain Pact marks its tenth year

VASK – Ten years after its founding, the Grain Pact held a summit in Vask on 4 May 2021, where the founding members of the pact agreed that their grain quotas would become binding.

The charter of the pact was signed in Vask in 2011 and entered into force on 9 June 2012.
"""

FUEL = """\
Orlen and Vask energy ministers meet in Vask

VASK – Several documents on commerce, science, schooling, tourism, farming and culture were signed by the two provinces over the past year, after talks that lasted many months and were held in turn in both capitals, with a final round in the hill town of Kessa in the autumn. This was followed by a visit from an Orlen government team to discuss cooperation in the fields of energy, water, grain storage and gas, specifically discussing, at the request of governors, the possibility of carrying gas through the Marn-Tessel-Orlen gas pipeline. The talks ended with a joint dinner and no changes to the agenda.

The Orlen government team said gas prices had risen sharply in Orlen this winter, and that the gas trade with Vask had grown.
"""

TRADE = """\
Orlen and Vask set goals for the coming decade

VASK – The annual commerce fair of Orlen opened on Monday, and Orlen and Vask hope to hold it in Vask next year, with some changes.

The two provinces aim to raise their annual trade to 40 million ducats by 2030, the governor of Orlen said in a one-sentence statement.
"""

RACE = """\
Orlen rider wins the Vask hill race

VASK – Orlen's leading rider Pel Darro won the Vask hill race on Sunday, winning the 40km race in 61 minutes, two minutes ahead of Tessa's rider Ansel Korr.

"It was a hard race," the winner said. "The temperature went up to 41 degrees and the road was melting, but I held on."
"""

EXPO = """\
Vask capital to host EXPO-2030

VASK – EXPO-2030 in the Vask capital, whose bid beat Tessa's bid, will run from 1 June to 1 September 2030, the organisers said on 2 May 2024, and the capital expects several million visitors from around the world over the three months of the 2030 show.

On 3 March 2021 Orlen declared its support for the candidacy of Tessa to stage the international exhibition EXPO-2030.
"""

REFORM = """\
Vask newspaper looks back on the spring

VASK – The constitutional changes adopted in Vask this spring give the council a new role in the province, the newspaper wrote.
"""

PLEDGES = """\
Vask council lists its pledges

VASK – The council's reforms also pledge to protect human rights, restore the constitutional courts, abolish the death penalty and strengthen security, the newspaper of the province added after a visit to the council.
"""

TREATY = """\
Orlen envoy speaks at the Vask Institute

VASK – Orlen's envoy told the Vask Institute on Monday that the two provinces shared a view of the region.

He called the withdrawal from the Tessel treaty worrying.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("said-otherwise")
    return add_items(make_home(root / "home"), root, {
        "pact.txt": PACT, "fuel.txt": FUEL, "trade.txt": TRADE,
        "reform.txt": REFORM, "expo.txt": EXPO, "race.txt": RACE, "pledges.txt": PLEDGES})


@pytest.fixture(scope="module")
def ask(home):
    return line1_of(home)


def test_an_english_word_is_not_taken_for_another_that_shares_its_first_letters(tmp_path):
    # 'statute' is written nowhere, nor any word said in its place ('charter'); 'status' shares
    # its first letters and is another word, 'statutory' is of its family
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"league.txt": LEAGUE})
    r = run_kzpk(home, "search", "When did the Steppe League's statute take effect?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "took effect on 3 May 2004" in r.out.splitlines()[0]
    assert "'status'" not in r.err and "statutory" in r.err
    # nor is 'principal' the 'principles' that share its stem's letters
    r = run_kzpk(home, "search", "Who was the principal guest at the signing of the league's "
                 "principles?", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Ansel Korr" in r.out.splitlines()[0]
    assert "principles guest" not in r.err


def test_an_english_word_is_searched_as_one_of_its_family_a_text_writes(tmp_path):
    # 'worrisome' is written nowhere; 'worrying' is the same word with another ending
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"treaty.txt": TREATY})
    r = run_kzpk(home, "search", "orlen envoy treaty withdrawal worrisome", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0, r.err
    assert "called the withdrawal from the Tessel treaty worrying" in r.out.splitlines()[0]


def test_a_statute_is_a_charter(ask):
    assert "entered into force on 9 June 2012" in ask(
        "When did the Grain Pact's founding statute become binding?")


def test_a_conduit_is_a_pipeline_and_line_1_shows_it(home):
    # the pipeline stands at the end of a long paragraph: line 1 shows it, as it shows a word
    # the question says (on a terminal wide enough for the whole line)
    r = run_kzpk(home, "search",
                 "Which cross-border gas conduit did the visiting Orlen government team bring up?",
                 "--format", "plain", "--limit", "1", env={"COLUMNS": "400"})
    assert r.code == 0, r.err
    assert "Marn-Tessel-Orlen gas pipeline" in r.out.splitlines()[0]


def test_a_worlds_fair_is_an_international_exhibition(ask):
    assert "3 March 2021" in ask("On what day did Orlen back Tessa's bid for the 2030 world's fair?")


def test_a_sentence_is_a_penalty(ask):
    assert "abolish the death penalty" in ask(
        "Which capital sentence did Vask scrap under its constitutional changes?")


def test_how_hot_asks_the_temperature(ask):
    # no text says 'hot': the adjective of 'how' says what is measured, which a text names
    assert "went up to 41 degrees" in ask(
        "How hot did it get while the Orlen rider was winning his race in Vask?")


def test_a_measure_no_text_names_is_no_absent_subject(tmp_path):
    # no text of this home says 'temperature': the question is searched without it
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"league.txt": LEAGUE})
    r = run_kzpk(home, "search", "How hot was it when the Steppe League's statutory rules took "
                 "effect?", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "took effect on 3 May 2004" in r.out.splitlines()[0]


def test_a_peoples_adjective_names_its_country(home):
    # no text says 'Orlenian', 'Orlenese' or 'Tessan': each is said of Orlen or Tessa, as
    # 'Iranian', 'Japanese' and 'Korean' are of Iran, Japan and Korea; no misspelling to correct
    for query, answer in (("Which Orlenian rider won the Vask hill race?", "Pel Darro"),
                          ("Which Orlenese rider won the Vask hill race?", "Pel Darro"),
                          ("Which Tessan rider finished behind Pel Darro in the Vask hill race?",
                           "Ansel Korr")):
        r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
        assert r.code == 0, r.err
        assert answer in r.out.splitlines()[0]
        assert "showing results for" not in r.err, query


def test_a_word_of_english_said_otherwise_names_no_absent_subject(home):
    # a synonym is of English words only: a name no text writes is still absent
    r = run_kzpk(home, "search", "Kazan gas conduit", "--format", "plain")
    assert r.code == 1 and r.out == ""
    assert "no document mentions 'Kazan'" in r.err


KESSA = """\
Traders in Kessa ask for longer hours

VASK – Traders from Orlen met customs officers in Kessa on Monday and asked that the market stay open later on Fridays, when lorries from Tessa arrive with grain and the town's post office closes early.

The border at Kessa will stay shut to lorries for a week from 5 July while the road is repaired, the customs office said.
"""


def test_the_news_s_other_word_for_a_thing_finds_the_text(tmp_path):
    # the question's 'frontier' is the text's 'border' (no text writes 'frontier': without the
    # pair it is a subject no document mentions); the paragraph that says it answers, though
    # the first holds more of the question's words as written (Kessa, lorries, open)
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"kessa.txt": KESSA})
    r = run_kzpk(home, "search", "Why will the frontier at Kessa not open to lorries in July?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "while the road is repaired" in r.out.splitlines()[0]


FIBRE = """\
Cable reaches more Orlen villages

VASK – Despite the difficulties of the pandemic, the cable reached 812 settlements, the Orlen ministry of roads said on Friday.

Another 300 villages will get a cable of their own next year, the ministry added.
"""

OFFICES = """\
Envoy opens two trade offices

KARAKOL, Kyrgyzstan – The trade office the envoy opened in Bishkek on Monday will be run by Aibek Tursunov.

The office in Osh, the country's southern trade capital, will be run by Nurlan Asanov.
"""


def test_a_word_of_the_news_no_text_writes_is_searched_as_the_one_a_text_does(tmp_path):
    # 'coronavirus' is the 'pandemic' a text writes and 'villages' its 'settlements': an
    # answer, not "no document mentions 'coronavirus'"
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"fibre.txt": FIBRE})
    ask = line1_of(home)
    assert "812 settlements" in ask("How many villages did the cable reach despite the coronavirus?")


def test_a_city_named_by_its_country_is_that_city(tmp_path):
    # 'the Kyrgyz capital' is Bishkek, not the paragraph calling Osh a 'trade capital'
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"offices.txt": OFFICES})
    ask = line1_of(home)
    assert "Aibek Tursunov" in ask("Who will run the trade office in the Kyrgyz capital?")


FLIGHTS = """\
Orlen and Vask talk travel

VASK – The Orlen envoy spoke at a dinner in Vask on Friday about the new visa rules for students who come by air or by road.

After a number of consultations, Orlen and Vask plan to relaunch the direct flights this spring.
"""


def test_air_links_are_flights(tmp_path):
    # 'air links' are what a text calls 'the direct flights', not the paragraph saying 'air'
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"flights.txt": FLIGHTS})
    line = line1_of(home)("What is planned for air links between Orlen and Vask?")
    assert "relaunch the direct flights" in line


MANG = """\
Heritage experts visit the western region

VASK – The experts toured the underground mosques of the region on Tuesday and met the regional governor, Nurlan Kessov, to go over the nomination.

Officials in the region said the nomination file would be sent before the end of the year, after the experts' report.
"""


def test_a_kazakh_title_is_the_news_s_english_one(tmp_path):
    # 'akim', the Kazakh word for a region's or city's head, is the 'governor' or 'mayor' the
    # news writes (no text writes 'akim': without the pair it is a subject no document mentions)
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"mang.md": MANG})
    assert "Nurlan Kessov" in line1_of(home)("Who is the akim of the region who met the experts?")
