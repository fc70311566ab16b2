"""'At which range ...?' asks for a range by its name, which may open with a number ('the 255
Combined Arms Range'): the first paragraph naming it answers, not a later one that only holds
more of the question's words ('held')."""

from __future__ import annotations

import pytest

from conftest import items_asker

DRILL = """\
---
title: Steppe Shield 2021: Pakistani and Kazakh troops drill side by side
date: 2021-08-25
---
The Collective Security Forum's (CSF) Steppe Shield 2021 counter-terrorism exercise opened on Friday at the 210 Combined Arms Range at Otar in Kazakhstan's Zhambyl region, with troops from six member states.

Pakistan sent about 150 soldiers and Kazakhstan about 300. The drill runs until 3 September.

The exercise is held every two years under the forum's counter-terrorism centre, which has its headquarters in Bishkek. The previous edition was held in Tajikistan in 2019.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "kind_named_with_number", {"drill.md": DRILL})


def test_the_range_named_with_its_number(ask):
    line = ask("At which range near Otar was the Steppe Shield 2021 exercise held?")
    assert "210 Combined Arms Range" in line
