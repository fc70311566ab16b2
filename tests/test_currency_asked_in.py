"""A currency a keyword query asks the amount in ('dirhams', 'riyals'), which the documents
write only by its sign or code ('Dh2.5 million'), is the kind of answer, not a subject no
document mentions: the query is answered. A currency the query asks about ('dirham black market
rate') is its subject. Line 1 of plain output and stderr, as the user reads them."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, search_plain

FINE = """\
---
title: Dubai court fines exchange house over unlicensed transfers
date: 2021-05-12
---
DUBAI — A Dubai court on Tuesday fined a currency exchange house Dh2.5 million for moving money for clients without the licence the central bank requires, and ordered two of its managers deported.

The central bank said it had also suspended the firm's remittance licence for six months.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("currency_asked")
    return add_items(make_home(root / "home"), root, {"fine.md": FINE})


@pytest.mark.parametrize("query", ["dubai exchange house unlicensed transfers fine dirhams",
                                   "How much was the exchange house fined in dirhams?"])
def test_a_currency_written_by_its_sign_is_the_kind_of_answer(home, query):
    code, line, err = search_plain(home, query)
    assert code == 0, err
    assert "Dh2.5 million" in line


def test_a_currency_asked_about_is_a_subject(home):
    code, _, err = search_plain(home, "dirham black market rate dubai")
    assert code == 1
    assert "no document mentions 'dirham'" in err
