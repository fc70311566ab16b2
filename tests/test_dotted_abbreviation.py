"""An abbreviation a document writes with dots ('S.R.O. 1435') is found by a query writing it
without ('SRO', 'sro'), and one the query dots by a text writing it plain: searched as the text
writes it, and said on stderr, not "nothing found". Line 1 of plain output and stderr."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

ORDER = """\
---
title: Sales tax on imported yarn
date: 2025-08-27
---
ISLAMABAD: The change was notified through S.R.O. 1435(I)/2025 on 5 August, putting sales tax on imported cotton yarn.

The textile council said the order did not list which mills would be paid back.
"""

BOARD = """\
---
title: Board meets on exports
date: 2025-09-02
---
VASK: The EPB met exporters of leather on Tuesday.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("dotted_abbreviation")
    return add_items(make_home(root / "home"), root, {"order.md": ORDER, "board.md": BOARD})


@pytest.mark.parametrize("query", ["sro notifying sales tax on imported cotton yarn",
                                   "SRO on imported cotton yarn"])
def test_an_abbreviation_written_with_dots_is_found_without(home, query):
    r = run_kzpk(home, "search", query, "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "S.R.O. 1435" in r.out.splitlines()[0]
    assert "searched for 'S.R.O'" in r.err


def test_a_dotted_abbreviation_is_found_written_plain(home):
    r = run_kzpk(home, "search", "E.P.B. leather exporters", "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "The EPB met exporters" in r.out.splitlines()[0]
