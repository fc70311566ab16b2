"""A currency's code in a query ('project cost PKR') is the currency asked in, not the initials
of a name a document writes out ('Pakistan and Kazakhstan Relations'): it is neither searched
as that name nor said to be."""

from __future__ import annotations

from conftest import search_plain


def test_pkr_is_no_name(real_home):
    code, _, err = search_plain(real_home, "kazakhstan pakistan trade volume 2018 PKR")
    assert code == 0
    assert "Pakistan and Kazakhstan Relations" not in err
