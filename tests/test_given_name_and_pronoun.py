"""Words of a question that name no subject of their own, and names in a form no document
writes: a reflexive pronoun ('reforming itself') is no absent subject; a given name a record
gives only by its initial ('Ruslan Oshakbayev' for the record's 'R. Oshakbayev') is that
person, said on stderr; a Turkish 'ç' and 'ş' are the 'ch' and 'sh' of an English romanisation
('Kuşçu' for 'Kushchu'). Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

MILL = """\
---
title: Plywood mill to open in the north
date: 2020-07-24
---
PETROPAVLOVSK: A Turkish-owned company is turning an idle workshop into a plywood mill, its director Oguzkhan Chelik said. Its engineer, Murat Kushchu, said the company is turning into a maker of laminated sheets.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("given_name")
    return add_items(make_home(root / "home"), root, {"mill.md": MILL})


def test_a_reflexive_pronoun_is_no_absent_subject(home):
    r = run_kzpk(home, "search", "What is the plywood company turning itself into?",
                 "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "laminated sheets" in r.out.splitlines()[0]


def test_a_turkish_c_cedilla_is_ch(home):
    r = run_kzpk(home, "search", "Kuşçu engineer", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Kushchu" in r.out.splitlines()[0]


def test_a_given_name_a_record_gives_by_its_initial(real):
    r = real("search", "Ruslan Oshakbayev", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Oshakbayev" in r.out.splitlines()[0]
    assert "R. Oshakbayev" in r.err
