"""An Arabic name with its article joined to it and spelt otherwise ('Hazim AlRashedi' for
'Hazim Al Rashidi', as the document writes it) is the known name: the question is answered, with
the correction said on stderr, not refused as a subject no document mentions. Line 1 of plain
output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

ITEM = """\
---
title: First Emirati crew member flies from the steppe
date: 2019-09-25
source: Test Space News
---

# First Emirati crew member flies from the steppe

Hazim Al Rashidi became the first Emirati astronaut in space on Wednesday when his rocket lifted off from the steppe launch site.

His backup for the flight was Salim Al Nuaimi, an engineer chosen with him from more than 4,000 applicants.
"""


def test_a_joined_article_spelt_otherwise_is_the_known_name(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "article_joined", {"flight.md": ITEM})
    assert "Salim Al Nuaimi" in ask("Who was the backup for Emirati astronaut Hazim AlRashedi?")
