"""Words of the same meaning a text writes in its own way: 'tongues' are languages, even as the
kind of answer a question asks for ('In which tongues ...?', which no document writes); 'clay
warriors' are the terracotta soldiers; and a word of a question's grammar ('during') is no
subject a small pile must mention."""

from __future__ import annotations

import pytest

from conftest import items_asker, line1_of

EXPO = """\
---
title: Museums prepare for the Almaty trade fair
date: 2016-11-20
---

ALMATY — The fair's cultural programme will open with exhibitions from several countries, its commissioner said on Sunday.

China's famous terracotta soldiers will be on display at the Central State Museum, while Egypt will bring objects from its ancient tombs.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "same_meaning", {"expo.md": EXPO})


def test_tongues_asked_are_languages(real_home):
    line = line1_of(real_home)("In which tongues does the Shanghai group work?")
    assert "official languages are Russian and Chinese" in line


def test_clay_warriors_are_terracotta_soldiers(ask):
    line = ask("Where will the Chinese clay warriors be shown during the Almaty fair?")
    assert "Central State Museum" in line.rsplit(" — ", 1)[0]
