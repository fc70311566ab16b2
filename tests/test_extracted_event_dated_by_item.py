"""An event kzpk draws from a news item whose words state no date is dated by the item, so it
tells when the thing was reported, not when it happened: for "when" it does not answer, and the
event (or the paragraph) stating the day does. (The item is one of the project's development
piles, eval/pile54.)"""

from __future__ import annotations

import shutil

from conftest import REPO, run_kzpk

ITEM = REPO / "eval" / "pile54" / "docs" / "taliban-bars-women-from-universities-2022.html"


def test_when_is_the_day_the_words_state(real_copy, tmp_path):
    doc = tmp_path / ITEM.name
    shutil.copy(ITEM, doc)
    assert run_kzpk(real_copy, "add", str(doc)).code == 0
    r = run_kzpk(real_copy, "search", "date of the taliban order closing universities to women",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "20 December 2022" in r.out.splitlines()[0].rsplit(" — ", 1)[0]
