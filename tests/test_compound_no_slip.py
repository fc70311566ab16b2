"""A word of two English words written as one that the lexicon does not hold ('warships',
'gunboats') is no slip for a third English word a letter away ('worships'): never searched as
that word. (It may only describe, as any English word may, when the rest of the question's rarer
words stand together in one document: then kzpk says it searched without it.)"""

from __future__ import annotations

import pytest

from conftest import items_asker, run_kzpk

NAVY = """\
---
title: Navy commissions fourth corvette at Karachi
date: 2025-08-16
---
KARACHI: The navy's fourth corvette, PNS Tipu, was commissioned at the dockyard on Friday in the presence of the defence minister, Khalid Rana.

Turkish Vice President Ahmet Kaya attended the ceremony with the prime minister.
"""

TEMPLE = """\
---
title: Old temple restored in Lahore
date: 2024-01-10
---
LAHORE: An old temple where the community worships was restored by the city's heritage board.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    from conftest import add_items, make_home

    root = tmp_path_factory.mktemp("compound_no_slip")
    return add_items(make_home(root / "home"), root, {"navy.md": NAVY, "temple.md": TEMPLE})


def test_a_compound_is_not_corrected_into_another_word(home):
    r = run_kzpk(home, "search", "Which defence minister attended when the fourth of the warships was "
                 "commissioned at Karachi?", "--format", "plain", "--limit", "1")
    assert r.code in (0, 1), r.err
    assert "worships" not in r.err + r.out
    assert "Khalid Rana" in r.out or "warships" in r.err
