"""A misspelt word a letter from several English words ('cenus': 'census', 'genus', 'menus') is
read as the one the documents hold, said as a correction, not taken for a subject no document
mentions; a word close to none of theirs still is.

Invented news items, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home, run_kzpk

CENSUS = """\
---
title: "Marmot aerial census: results are in"
source: Steppe Wildlife Bulletin
---

The figures from the spring aerial census of the steppe marmot, flown in Orlen from 14 April to 1 May, have now been published: the number of adult marmots came to 833,600, up 48 per cent on the year before and 12 per cent above the count of 2003.

Two field groups with 45 people in all took part. In 215 flight hours, 15 more than last year, they covered 51,226 km2 across the Vask, Tessa and Marn regions.
"""

CENTRE = """\
---
title: Vask opens a wildlife centre
date: 2025-06-02
source: Vask Daily
---

VASK, 2 June 2025 – A wildlife centre for the steppe opened in Vask on Monday, the centre's director Pel Darro said; its flight cages hold 40 birds, 30 per cent of them owls, and entry costs 50 tenge.
"""


def test_a_misspelt_word_is_the_word_the_documents_hold(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path,
                     {"census.md": CENSUS, "centre.md": CENTRE})
    assert "215 flight hours" in line1_of(home)("How many flight hours did the marmot cenus take?")
    r = run_kzpk(home, "search", "How many flight hours did the marmot cenus take?")
    assert "marmot census take" in r.err  # said, never silently substituted
