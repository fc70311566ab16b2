"""Session 55's development piles as a user would have them, on the bundled corpus: refugees
and migrants (eval/pile180) and space and satellites (eval/pile181). Each test reads line 1 of
plain output, as the user does, for a question that was answered wrongly or not at all before:

- a name whose first sound is romanised the Russian way ('Dzhezkazgan' for 'Zhezkazgan') is that
  name, not a subject no document mentions;
- an Arabic name with its article joined and spelt another way ('Almarzouqi' for 'Al
  Marzooqi') is that name;
- 'IDP', a general abbreviation, is searched as the words it stands for ('internally displaced
  persons');
- an acronym writing the 'of' of a name of two capitalised words ('PoR', 'Proof of
  Registration') is that name, and one of a name with hyphenated parts gives each part's initial
  ('PTI', 'Pakistan Tehreek-e-Insaf': session 55's held-out forests pile, after the freeze);
- what someone signed is a document a sentence names in small letters too ('by signing a
  country cooperation agreement with Kazakhstan');
- keywords asking the name of a machine ('launcher name') ask for no person;
- on the bundled five, Kazakhstan by its German or Spanish name ('Kasachstan', 'Kazajistán') is
  Kazakhstan, said so, not a subject no document mentions; and 'a number of' in a question is
  several, no count asked ('... relaunch after a number of consultations?');
- the day a rule takes effect is the one a paragraph says it applies from ('From January 12, the
  tariff ...'), not the day the item reports on, and keywords counting what was done ('police
  detained how many') keep the first paragraph's sentence counting it (both from the held-out
  automobiles pile, after the freeze); a currency a query names ('... in dollars?', '... value
  dollars') asks an amount of money ('worth $95.2 million'), after the freeze too."""

from __future__ import annotations

import pytest

from conftest import answer_of as answer, pile_asker, run_kzpk


@pytest.fixture(scope="module")
def refugees(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile180")


@pytest.fixture(scope="module")
def space(real_home, tmp_path_factory):
    return pile_asker(real_home, tmp_path_factory, "pile181")


def test_a_russian_dzh_is_the_zh_a_document_writes(space):
    line = space("How far from Dzhezkazgan did the Proton wreckage come down?")
    assert "40 km from the town of Zhezkazgan" in answer(line)


def test_an_arabic_name_with_its_article_joined_and_spelt_otherwise(space):
    line = space("Hamad Almarzouqi Emirates Lunar Mission role")
    assert "Hamad Al Marzooqi, the Emirates Lunar Mission project manager" in answer(line)


def test_idp_is_searched_as_the_words_it_stands_for(refugees):
    line = refugees("north waziristan idp family monthly stipend")
    assert "monthly stipend of Rs12,000" in answer(line)


def test_what_someone_signed_may_be_named_in_small_letters(refugees):
    line = refugees("What did Antonio Guterres sign with Kazakhstan in Astana at the end of his "
                    "first Central Asia visit?")
    assert "signing a country cooperation agreement" in answer(line)


def test_a_machine_s_name_asked_in_keywords_asks_for_no_person(space):
    assert "launcher named Qased" in answer(space("noor military satellite launcher name"))


def test_an_acronym_writing_the_of_of_a_name_is_that_name(refugees):
    # (no document writes 'PoR': the texts say 'Proof of Registration cards')
    line = refugees("when did formal deportaton of por card holders start in pakistan")
    assert "formal deportation would take effect from September 1" in answer(line)


@pytest.mark.parametrize("name", ["Kasachstan", "Kazajistán"])
def test_kazakhstan_by_its_name_in_another_language_is_searched(real_home, name):
    result = run_kzpk(real_home, "search", f"Who was First Deputy Foreign Minister of {name}?",
                      "--format", "plain", "-n", "1")
    assert result.code == 0
    assert f"no document writes {name!r}; searched for 'Kazakhstan'" in result.err


def test_a_number_of_is_several_not_a_count_asked(real_home):
    from conftest import line1_of

    line = line1_of(real_home)("What did the Kazakh ambasador say they are planing to relaunch "
                               "after a number of consultations?")
    assert "relaunch the direct flights" in answer(line)


PTI = """---
title: Windfall timber still lies in the depots
date: "2026-01-24"
source: test
---
PESHAWAR - The wood is still lying in forest depots more than a decade after the Pakistan
Tehreek-e-Insaf government in Khyber Pakhtunkhwa stopped its sale in 2014.
"""


@pytest.mark.parametrize("query", ["when did the pti government stop the sale of windfall timber",
                                   "When did the PTI government stop selling windfall timber?"])
def test_a_name_of_hyphenated_parts_is_known_by_each_part_s_initial(real_home, tmp_path_factory,
                                                                    query):
    # (no document writes 'PTI': the text says 'Pakistan Tehreek-e-Insaf')
    from conftest import bundled_with_items, line1_of

    home = bundled_with_items(real_home, tmp_path_factory, "pti", {"timber.md": PTI})
    assert "stopped its sale in 2014" in answer(line1_of(home)(query))


def test_the_day_a_rule_takes_effect_is_the_one_it_applies_from(real_home, tmp_path_factory):
    # (not the day the item reports on, 'broke up an unsanctioned rally ... on Sunday';
    # session 55's held-out automobiles pile, after the freeze)
    line = pile_asker(real_home, tmp_path_factory, "pile178")(
        "When do Russia's higher import duties on foreign cars take effect?")
    assert "From January 12, the tariff" in answer(line)


def test_keywords_counting_what_was_done_keep_the_sentence_counting_it(real_home,
                                                                       tmp_path_factory):
    # (not a later paragraph holding 'tariff' and its percentages; the held-out automobiles
    # pile, after the freeze)
    line = pile_asker(real_home, tmp_path_factory, "pile178")(
        "vladivostok car tariff rally police detained how many")
    assert "detained up to 100 people" in answer(line)


@pytest.mark.parametrize("pile, query, said", [
    ("pile59", "How much of Kazakhstan's exports to the United States does the new 27% duty "
               "cover in dollars?", "worth $95.2 million"),
    ("pile105", "kazakhstan nail care imports value dollars", "to $4.5 million")])
def test_a_currency_named_asks_an_amount_of_money(real_home, tmp_path_factory, pile, query, said):
    # (not the first paragraph's percentage or tonnage; after the freeze)
    assert said in answer(pile_asker(real_home, tmp_path_factory, pile)(query))
