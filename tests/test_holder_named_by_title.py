"""A "who" question asking a post ('Which foreign secretary called ...?') answered by a later
paragraph of a news item that says the post alone ('..., the foreign secretary said
afterwards.'): the holder is the one an earlier paragraph names with the post's title, wherever
in the item ('Foreign Secretary Farid Lakhani', in its fourth paragraph), written without the
title; not someone the next sentence names by another title ('General Kidwai thanked ...').
Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

LAUNCH = """\
---
title: Rocket carries new weather satellite into orbit
date: 2013-05-10
---

# Rocket carries new weather satellite into orbit

A rocket lifted off from the Jiuquan launch centre on Friday carrying MetSat-2, the new weather satellite of the national space agency.

The satellite weighs 2,200 kg and carries six imaging instruments.

It will be run from ground stations in Multan and Quetta.

Several officials watched the launch: the head of the planning division, Lt Gen Nadir Kamal; Foreign Secretary Farid Lakhani; and the agency chairman, Maj Gen Rauf Qazi.

"The launch is a bright example of the friendship between our two nations," the foreign secretary said afterwards. General Kamal thanked the Chinese engineers for their help.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "holder_named_by_title", {"launch.md": LAUNCH})


def test_the_holder_is_named_with_the_posts_title(ask):
    line = ask("Which foreign secretary called the MetSat-2 launch a bright example of friendship?")
    assert "Farid Lakhani" in line
    assert "Secretary Farid" not in line.split("(")[0]
    assert "Kamal (the foreign secretary" not in line
