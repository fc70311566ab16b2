"""A "how long / how many / how much" question is answered by a figure of the thing it asks
about, not by another figure of the same subject: how long someone may hold a post is their
term; 'MoUs' counts memorandums of understanding; a word the texts say otherwise ('freight' and
'cargo', 'harvest' and 'crop'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

CHARTER = """\
---
title: Tajikistan adopts new provincial charter
date: 2023-05-11
---
DUSHANBE, May 11: Tajikistan's parliament on Thursday adopted a new charter for its provinces.

Under the charter the mandate of each provincial head is limited to a single six-year term.
"""

TIES = """\
---
title: Tajik envoy hails ties with Pakistan
date: 2023-03-01
---
ISLAMABAD, March 1: Over the last three decades Tajikistan and Pakistan have built close ties, and their leaders now hold talks every year, the Tajik ambassador said.
"""

COMMISSION = """\
---
title: Tajikistan, Pakistan agree on a rail link; nine MoUs at the 9th JMC
date: 2023-06-02
---
Tajikistan and Pakistan have agreed to build a rail link through Afghanistan, and they want other neighbours of the region to join it so that more routes can open.

The agreement came at the close of the two-day session of the Joint Ministerial Commission, the 9th, which covers trade, energy and culture. It was co-chaired by the two energy ministers. Nine memorandums of understanding were signed, on railways, culture and banking.

A separate memorandum on banking was also signed.
"""

CROPS = """\
---
title: Tajik cotton growers look to Pakistani buyers
date: 2023-10-20
---
DUSHANBE, Oct 20: Tajikistan is a major cotton grower, harvesting around 400,000 tonnes of raw cotton a year, and it exports most of it.

Tajik traders sent $2 million in payments to banks in Karachi last month, the ministry said.

Tajik traders sent more than 9,000 kilograms of cargo to Karachi in the same month.

By road, Tajik traders sent 64,000 kilograms to Kabul last month.

By air, Tajik traders sent 350 kilograms to Kabul last month, so that buyers there could test the quality of the fibre before they order.
"""

RECORD = """\
---
title: Record year for Tajik farms
date: 2023-11-03
---
DUSHANBE, Nov 3: Tajik farms had a record year, the agriculture minister told reporters on Friday.

This season's crop reached 520,000 tonnes of cotton, he said, thanks to a warm spring.
"""


CONVOY = """\
---
title: Tajik trucks reach Pakistan under TIR rules for the first time
date: 2023-08-14
---
A convoy of six Tajik trucks, each loaded with a 20-foot container of dried fruit picked up in Khujand, Dushanbe, Kulob and Khorog, set off for Peshawar and for Lahore and Karachi in Pakistan. By the firm's count the drive from Dushanbe was about 1,100 kilometres to Peshawar, 1,600 km to Lahore and 2,700 km to Karachi. The trucks are to carry rice back to Tajikistan.
"""


APRICOTS = """\
---
title: Uzbekistan among top three buyers of Tajik apricots
date: 2023-09-05
---
Russia is now the biggest buyer of Tajik dried apricots, according to figures the trade ministry gave parliament. Over the last four years the Russians bought dried apricots worth $88.4 million.

Turkey came second with $61.2 million over the same period.

Third place went to Uzbekistan, whose purchases added up to $40.7 million in four years.
"""


UNION = """\
---
title: Fruit Growers Union meets in Dushanbe
date: 2023-09-12
---
DUSHANBE, Sept 12: Leaders of the Fruit Growers Union (FGU) met in Dushanbe on Monday to discuss prices and transport for the new season.

Tajikistan is one of the founding members of the union, which was set up in 2001 and now has 14 member states. The heads of the Iranian and Turkish delegations were among those at the meeting.
"""


TREATIES = """\
---
title: Thirty years of Tajikistan-Pakistan treaties
date: 2023-04-20
---
A milestone was the state visit of the Tajik president to Pakistan in 1993, during which they signed the four most important agreements establishing the legal basis of bilateral cooperation.

The legal framework of bilateral ties now accounts for more than 28 agreements, the foreign ministry said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "figure_of_what", {
        "charter.md": CHARTER, "ties.md": TIES, "commission.md": COMMISSION, "crops.md": CROPS,
        "record.md": RECORD, "convoy.md": CONVOY,
        "apricots.md": APRICOTS, "union.md": UNION,
        "treaties.md": TREATIES})


@pytest.mark.parametrize("question", [
    "How long can a Tajik governor now serve?",
    "How long can a Tajik governor now stay in office?",
    "How many years can a Tajik governor now serve?",
])
def test_how_long_someone_may_serve_is_their_term(ask, question):
    # not the three decades the two countries have built ties for
    assert "six-year term" in ask(question)


def test_a_count_of_abbreviated_things_is_of_the_words_they_stand_for(ask):
    # 'MoUs' counts 'memorandums of understanding': line 1 shows the count, not the session's
    # first sentence ('the two-day session ..., the 9th')
    line = ask("how many MoUs were signed at the 9th ministerial commission")
    assert "Nine memorandums" in line and "The agreement came" not in line


def test_how_big_names_no_subject(ask):
    # 'big', which no document writes, says a figure is asked: no 'nothing found'
    assert "520,000 tonnes" in ask("How big was Tajikistan's cotton crop this season?")


def test_a_harvest_is_a_crop(ask):
    # this season's crop, not the average harvest of a year
    assert "520,000 tonnes" in ask("How large was Tajikistan's cotton harvest this season?")


def test_freight_is_cargo(ask):
    # (not the payments they sent)
    assert "9,000 kilograms" in ask("how much freight did Tajik traders send to Karachi")


def test_by_plane_is_by_air(ask):
    # what went by air, not the larger load sent by road
    assert "350 kilograms" in ask("How much did Tajik traders send to Kabul by plane?")


def test_a_measure_named_in_keywords_asks_a_figure(ask):
    # 'distance' asks how far, as 'volume' asks how much: line 1 reaches the distance to
    # Karachi rather than staying on the convoy's first sentence
    assert "2,700 km to Karachi" in ask("road distance dushanbe to karachi for the trucks")


def test_a_figure_is_of_the_one_asked_about(ask):
    # not the Russians' purchases, which the paragraph under the title naming Uzbekistan gives
    line = ask("How much did Uzbekistan spend on Tajik dried apricots over four years?")
    assert "$40.7 million" in line


def test_a_count_of_a_clause_is_its_own(ask):
    # 'Tajikistan is one of the founding members of the union, which ... now has 14 member
    # states': the count is the union's, though the sentence opens on another name
    assert "14 member states" in ask("How many member states does FGU have?")


def test_the_owner_of_a_figure_is_named_in_its_own_clause():
    # (read from question.owner_clash directly: in the home above the count's paragraph is
    # the only one giving a count, and comes first with or without the clause rule)
    from kzpk.question import HOW_MANY, HOW_MUCH, owner_clash

    of_union = owner_clash("How many member states does FGU have?", HOW_MANY)
    assert not of_union("Tajikistan is one of the founding members of the union, which was set "
                        "up in 2001 and now has 14 member states.")
    assert of_union("Iran said the Vegetable Council has 9 member states.")
    of_uzbekistan = owner_clash("How much did Uzbekistan spend on apricots?", HOW_MUCH)
    assert of_uzbekistan("Russia came second with $61.2 million over the same period.")
    assert not of_uzbekistan("Third place went to Uzbekistan, whose purchases added up to "
                             "$40.7 million.")
    assert owner_clash("How much did trade between the two reach?", HOW_MUCH) is None


def test_a_count_of_the_most_important_is_not_how_many(ask):
    # 'the four most important agreements' are some of them: how many there are is 28
    line = ask("How many agreements make up the legal basis of bilateral cooperation?")
    assert "28 agreements" in line


def test_a_record_counting_the_most_important_counts_some():
    # (read from query._count_fit directly: the items above give no record for such a count;
    # the bundled records hold one, whose count outranked the whole one)
    from kzpk.query import _count_fit

    things = frozenset({"agreement"})
    some = {"value": 4, "unit": "agreements", "statement": "During the 1993 visit the two sides "
            "signed the four most important agreements establishing the legal basis of ties."}
    every = {"value": 28, "unit": "agreements", "statement": "The legal framework of bilateral "
             "ties accounts for more than 28 agreements."}
    assert _count_fit("agreements", things, some) < _count_fit("agreements", things, every)
