"""A country or city named by its Soviet or colonial name that no document writes ('Kirghizia',
'Tadzhikistan', 'Peking', 'Pekin') is searched by the name the documents use, and kzpk says so
on stderr; it is never "no document mentions"."""

from __future__ import annotations

import pytest

from conftest import search_plain


@pytest.mark.parametrize("query, now", [("Kirghizia SCO founding members", "Kyrgyzstan"),
                                        ("Tadzhikistan SCO", "Tajikistan"),
                                        ("Peking summit", "Beijing"),
                                        ("SCO secretariat Pekin", "Beijing")])
def test_an_older_name_is_searched_as_the_name_written(real_home, query, now):
    code, line, err = search_plain(real_home, query)
    assert code == 0, err
    assert f"searched for {now!r}" in err
