"""'What does IPRI stand for?' asks the name the initials are of: line 1 gives it (the body's
record, found by the initials alone), not a text that says 'standing'."""

from __future__ import annotations

from conftest import SOURCE, make_home, run_kzpk


def test_what_initials_stand_for(tmp_path):
    home = make_home(tmp_path / "home", source=SOURCE + "\nThe institute has a strong standing "
                     "among think tanks, its director said of IPRI.\n")
    r = run_kzpk(home, "search", "What does IPRI stand for?", "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "Islamabad Policy Research Institute" in r.out.splitlines()[0]
