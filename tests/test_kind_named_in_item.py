"""A "which N" question asks for a thing of kind N by name. When the best hit is a news item's
first paragraph, which names what the whole item is about (so every later paragraph holds no
question word it lacks) but names no N, the paragraph of the item naming one ('the Congress of the
Steppe Unity party', 'the ... Aral Technical University') answers. A first paragraph saying which
one by its ordinal ('the fifth forum of ...'), or naming one after its kind ('the Pakistani
leather firm Indus Hides'), keeps its place. Line 1 of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

BRIEFING = """\
---
title: Kazakh envoy briefs Pakistani publishers on ruling party congress
date: 2021-04-06
---
Kazakhstan's envoy in Islamabad, Temirlan Zhaksybekov, has held a briefing for the owners of leading Pakistani publishing houses and their chief editors, his embassy said.

The publishers heard about the decisions of the Congress of the Steppe Unity party. The envoy spoke about the party's plans for rural schools and clinics.

Questions from the guests were mostly about farming and water, and about how the country's north was growing.
"""

INSTITUTES = """\
---
title: Two technical institutes open in Lahore
date: 2025-09-10
---
During a visit to Lahore by Kazakhstan's deputy prime minister Serik Amanov, the Punjab chief minister and the guest opened technical institutes named after Shokan Valikhanov and Abai Kunanbayev.

**Abai Institute.** It will teach engineering under an agreement between the Almaty Mining University and the University of Engineering and Technology, Lahore.

**Shokan Valikhanov Institute.** This one rests on an accord between the Shokan Valikhanov Aral Technical University and Punjab University.
"""

FORUM = """\
---
title: Minister speaks at Eurasian energy forum in Almaty
date: 2024-10-02
---
ALMATY: Pakistan's energy minister Farooq Jadoon on Wednesday spoke at the fifth forum of the Eurasian Energy Dialogue in Almaty, calling for pipelines across the region.

He said his country wanted Kazakh gas and oil and would put its case at the Islamabad Energy forum later this year.

The minister also met officials of the national oil company.
"""

TANNERY = """\
SAMARKAND, May 9 (Wire) - Uzbekistan's leather association says it has agreed with the Pakistani leather firm Indus Hides to build a joint tannery in the Samarkand region.

Under the deal, the joint tannery will turn out high-grade leather goods and shoes with new machines from Italy.

The association said the venture would give work to about 400 people.
"""

OBSERVERS = """\
Three senators fly to Bishkek to watch Kyrgyz vote

ISLAMABAD, Oct 3 (APP) - A group of three members of the Senate will leave for Bishkek on Friday to serve as international observers at Kyrgyzstan's parliamentary elections, which are due on Sunday, October 5.

Senator Nadia Qazi, who led Pakistan's team in 2020 too, heads the group.

It is not the first time Pakistanis have watched a Kyrgyz vote: in 2015 a group led by the then ambassador went to Osh.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "kind_named_in_item",
                       {"briefing.md": BRIEFING, "institutes.md": INSTITUTES, "forum.md": FORUM, "tannery.txt": TANNERY,
                        "observers.txt": OBSERVERS})


def test_the_paragraph_naming_a_thing_of_the_kind_answers(ask):
    line = ask("Which party's congress did envoy Zhaksybekov brief Pakistani publishers on?")
    assert "Steppe Unity party" in line


def test_a_body_asked_is_named_not_a_person_of_the_first_paragraph(ask):
    line = ask("Which Kazakh university is behind the Shokan Valikhanov institute in Lahore?")
    assert "Aral Technical University" in line


def test_a_first_paragraph_saying_which_by_ordinal_keeps_its_place(ask):
    line = ask("Which Eurasian forum did Farooq Jadoon address in Almaty?")
    assert "fifth forum" in line


def test_a_first_paragraph_naming_one_after_its_kind_keeps_its_place(ask):
    # the head of 'Pakistani leather firm' is 'firm'; a later paragraph saying 'the joint
    # tannery' and holding more of the question's words names none
    line = ask("Which Pakistani leather firm agreed with Uzbekistan's association to build "
               "a joint shoe factory in Samarkand?")
    assert "Indus Hides" in line


def test_a_kind_named_before_its_name_at_a_sentence_start(ask):
    # 'Senator Nadia Qazi ...' names a senator, though the kind opens the sentence
    line = ask("Which senator led the Pakistani group observing Kyrgyzstan's parliamentary "
               "elections?")
    assert "Nadia Qazi" in line
