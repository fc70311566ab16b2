"""A place or people's adjective no document writes, describing what a wh-question asks for
('Which Bavarian equipment maker ...?', 'which disputed Himalayan territory'), is a description,
not the subject: when the rest of the question's rarer words stand together in a document, it is
searched without it (said on stderr) and answered. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

ITEM = """\
---
title: Orlania opens its first glass container plant
date: 2018-02-14
source: Test Business News
---

# Orlania opens its first glass container plant

Orlania's first glass container plant opened on Tuesday near the capital, with a capacity of 100 million bottles and jars a year.

The turnkey glass lines were delivered by the equipment maker Velmar Glass Industries AG of Plossberg in Germany, which signed the contract with the state builder at the beginning of 2016.
"""


def test_a_describing_adjective_after_the_wh_word_is_no_subject(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "wh_place", {"glass.md": ITEM})
    assert "Velmar Glass Industries" in ask("Which Bavarian equipment maker delivered the turnkey "
                                            "glass lines for Orlania?")
