"""'Who holds the post of X?' asks who X is: to hold a post is no act a text need say, and a
text saying the body 'holds meetings' is no answer."""

from __future__ import annotations

from conftest import line1_of


def test_who_holds_the_post(real_home):
    line = line1_of(real_home)("Who holds the post of Secretary-General of the SCO?")
    assert "Rashid Alimov" in line.split(" — ")[0]
