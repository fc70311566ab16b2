"""'Who signed the ground-handling contract?': the sentence that says the act with its doers,
'The accord was signed at a news conference in the capital by <name>, ...', answers, though
words stand between the act and 'by', over the lead that names the contract, its parties and
the act but no one who did it. Not the act of another party ('The Uzbek delegation was led by
...' for 'Who led the Kazakh delegation ...?'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

AIRPORT = """\
KABUL, May 24, 2022 (Test Wire) - The Vaskars on Tuesday signed a contract with Orlanair, an aviation company from Qatar, to run ground-handling services at the airports of Kabul, Kandahar and Herat.

The accord was signed at a news conference in the capital by Tamir Oskenbay, the acting deputy minister of transport, and by the managing director of the company, Razeq Lalmo.

Under the 18-month contract the firm will handle aircraft and passengers on the ground.
"""

VISIT = """\
---
title: Kazakh and Uzbek delegations visit the emergencies centre
date: 2025-09-30
---
ISLAMABAD: Two delegations visited the National Emergencies Centre of the disaster authority on Monday.

The Kazakh side came as a 20-member delegation headed by Gizel Nurbayan, secretary of the security council.

The Uzbek parliamentary delegation was led by Nuriddin Ismatov, speaker of the chamber.

An adviser spoke on behalf of the authority's chairman.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "done_by_later",
                       {"airport.txt": AIRPORT, "visit.md": VISIT})


def test_the_act_said_with_its_doers_answers_who(ask):
    assert "Tamir Oskenbay" in ask(
        "Who signed the airport ground-handling contract on behalf of the Vaskars?")


def test_another_partys_act_does_not(ask):
    assert "Gizel Nurbayan" in ask(
        "Who led the Kazakh delegation that visited the National Emergencies Centre?")


STORE = """\
---
title: Crowds and queues as Vaskmart opens its first store in Orlania
date: 2018-08-10
---
ORLA: The home-furnishings chain Vaskmart opened its first store in Orlania on Thursday, five years after the government cleared it to invest.

The province's minister for industry, Tamir Oskenbay, inaugurated the outlet in the technology park. Orlania's trade envoy, Dina Serik, and Vaskmart's chief executive Aldo Brenn were among those present at the first Vaskmart store in Orlania.
"""


def test_the_doer_named_before_the_act_answers_who(tmp_path_factory):
    # '..., Tamir Oskenbay, inaugurated the outlet': the act asked, its doer just before it, not
    # the sentence naming others with more of the question's words
    ask = items_asker(tmp_path_factory, "did_it", {"store.md": STORE})
    assert "Tamir Oskenbay" in ask("Who inaugurated Vaskmart's first store in Orlania?")
