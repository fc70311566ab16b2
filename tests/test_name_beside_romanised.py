"""A short name in another romanisation ('Nida') is corrected to the one a document writes
beside the query's next name even when that name, too, is written otherwise there ('Neda
Mohammad Nadeem' for 'Nida Muhammad Nadeem'): said on stderr, and searched as corrected."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

BAN = """\
---
title: Vaskaria bars women from universities
date: 2022-12-21
---
VASK: The higher education minister, Neda Mohammad Nadeem, signed the letter telling universities to stop teaching women.
"""

OTHER = """\
---
title: Envoy meets traders
date: 2023-01-04
---
ORLAN: The ambassador, Muhammad Tariq, met traders on Monday.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("name_beside_romanised")
    return add_items(make_home(root / "home"), root, {"ban.md": BAN, "other.md": OTHER})


def test_a_name_beside_a_name_written_otherwise_is_corrected(home):
    r = run_kzpk(home, "search", "Nida Muhammad Nadeem letter universities women",
                 "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'Neda Muhammad Nadeem" in r.err
    assert "Neda Mohammad Nadeem" in r.out.splitlines()[0]
