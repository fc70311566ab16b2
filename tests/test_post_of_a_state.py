"""'Who is the ambassador of Kazakhstan to Pakistan?' asks who holds a post named with the state
it belongs to: line 1 names him with that post ('Yerzhan Kistafin, Ambassador of the Republic of
Kazakhstan to ...', the state by its formal name), not a fact telling what 'Ambassador
Kistafin' said. Line 1 of plain output on the bundled corpus."""

from __future__ import annotations

from conftest import line1_of


def test_the_post_with_its_state(real_home):
    line = line1_of(real_home)("Who is the ambassador of Kazakhstan to Pakistan?")
    assert "Yerzhan Kistafin, Ambassador of the Republic of Kazakhstan" in line
