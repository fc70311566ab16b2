"""A "which" question asking for a named thing ('Which trade body ...?') whose best hit is a
later paragraph of a news item that speaks of it only by its common noun ('the envoy said the
council would ...'), when the paragraph just before names it in full ('the Caspian Trade
Promotion Council (CTPC)'): that paragraph gives the name asked for, and line 1 starts there. Line 1 of
plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

ENVOY = """\
---
title: Kazakh traders urged to export through new Karachi scheme
date: 2024-05-14
---
KARACHI, May 14: Kazakh exporters can now reach Gulf buyers through the Caspian Trade Promotion Council (CTPC), which opened an office in Karachi last month, Kazakhstan's consul general Askar Bekov said on Tuesday.

Speaking to reporters at the consulate, the consul general said the council would waive fees for Kazakh exporters for two years, and that Kazakh traders had been encouraged to register with it before the autumn fair.

He said freight by sea from Karachi to Dubai was cheap, and that Kazakh grain and metals sold well in the Gulf.

Exporters' associations in Almaty welcomed the news, saying no such body had served them in Pakistan before.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "named_before", {"envoy.md": ENVOY})


def test_the_paragraph_naming_what_the_best_one_calls_the_council_answers(ask):
    line = ask("Which trade body did the consul general encourage Kazakh traders to register with?")
    assert "Caspian Trade Promotion Council" in line


def test_so_for_a_thing_of_the_kind_named_in_the_question(ask):
    line = ask("Which trade council did the consul general encourage Kazakh traders to register with?")
    assert "Caspian Trade Promotion Council" in line
