"""A query word of three letters or fewer is no prefix of a longer word: 'met' is not held by
'metres', so a later line of a note ('- lift the sea level to 44 metres') does not replace the
first paragraph that answers 'Which regional director met the minister at the dam?'. Line 1 of
plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

NOTES = """\
---
title: "Notes: Orlan dam second phase — minister and World Bank at the dike"
source: saved from a regional news site, my notes added
---

Meeting at the dam itself, Vask region: Tamir Bekov, Minister of Water Resources, and Sameh Orlani, World Bank regional director for the region. Topic = what comes next for the northern sea.

Second phase of the project — the ministry is finishing the feasibility study. Plan:

- rebuild and raise the Orlan dam;
- lift the sea level to 44 metres on the Baltic system;
- a new hydro complex near the village of Amanotkel.

Targets if it works: water surface up to 3,913 square kilometres, volume up to 34 cubic km.
"""


TALKS = """\
VASK, May 4 (Test Wire) - The two water ministers met in Vask on Monday to discuss the river's flow.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "short_word_prefix",
                       {"notes.md": NOTES, "talks.txt": TALKS})


def test_a_short_word_is_no_prefix_of_a_longer_one(ask):
    assert "Sameh Orlani" in ask(
        "Which World Bank regional director met the water minister at the Orlan dam?")
