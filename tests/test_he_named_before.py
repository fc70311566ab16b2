"""A "who" question answered by a sentence that says 'He suggested ...' late in a paragraph that
opens by naming him: line 1 names him first, said as named earlier in the paragraph, since
the window shown starts at the answering sentence. Invented news item, taken from no document
kzpk bundles and no evaluation set; the test reads line 1 of plain output, as the user does."""

from __future__ import annotations

import pytest

from conftest import items_asker

PANEL = """\
---
title: Vask panel on river trade
date: 2023-05-09
---
VASK – The third session of the panel was on people-to-people ties between Orlen and Vask.

Mr. Tarek Holm Vessen, Vice President of the Vask Trade Council and a former secretary of the river board, discussed public diplomacy as a wide subject on which both provinces must take initiatives of their own, from exchanges of students and teachers to joint exhibitions of painters and craftsmen, and visits of journalists and writers in both directions every year. He suggested that regattas between the rowing clubs of both provinces should be held every summer on the river. He added that shared songs are also a bond.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "he_named_before", {"panel.md": PANEL})


def test_who_said_he_suggested_names_him_first(ask):
    line = ask("Who suggested regattas between the rowing clubs of Orlen and Vask?")
    assert "Tarek Holm Vessen (named earlier in the paragraph): " in line
    assert "regattas" in line
