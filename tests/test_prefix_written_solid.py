"""A word with a bound prefix written solid that the documents write with a hyphen ('semifinal'
for 'semi-final') is searched as its two parts and said so on stderr, not reported as a subject
no document mentions."""

from __future__ import annotations

from conftest import EVAL, add_items, make_home, search_plain

ITEM = "turkestan-kokpar-world-championship-2026.txt"


def test_semifinal_is_semi_final(tmp_path):
    text = (EVAL / "pile121" / "docs" / ITEM).read_text(encoding="utf-8")
    home = add_items(make_home(tmp_path / "home"), tmp_path, {ITEM: text})
    code, line1, err = search_plain(home, "kokpar semifinal russia score")
    assert code == 0
    assert "6-4" in line1
    assert "no document writes 'semifinal'; searched for 'semi-final'" in err
