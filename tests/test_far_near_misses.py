"""A word no document holds is offered a correction only when it is a likely slip of a word
the documents hold ('Temirkhanof' for 'Temirkhanov'), never a name three letters off another
('Harare' is no 'Hasan') or a short name two off ('Baku' is no 'Back'); either way kzpk says no
document mentions it and exits 1."""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, run_kzpk

WIDER = """\
---
title: "Astana plans visa-free entry for 30 countries"
date: 2016-04-12
source: Steppe Travel Review
---

Kazakhstan intends to let citizens of 30 more countries enter without a visa from next year, Aigul Nurmagambetova, deputy head of the tourism committee, told reporters in Astana on Monday.

The committee hopes the change will draw visitors to the mountains around Almaty. Hotels in the city have added about 2,000 rooms since 2014.

Last autumn the Hotel Association of Kazakhstan asked for the trial to go on. Its chairman, Hasan Temirkhanov, said bookings from the trial countries had climbed by a fifth, which he took as proof that travellers wanted such a regime.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    return bundled_with_items(real_home, tmp_path_factory, "guesses", {"wider.md": WIDER})


@pytest.mark.parametrize("query, far", [
    ("hotel rooms added in Harare", "Hasan"),
    ("visa-free entry for travellers from Baku", "Back"),
])
def test_a_far_near_miss_is_not_offered(home, query, far):
    r = run_kzpk(home, "search", query)
    assert r.code == 1 and r.out == ""
    assert "no document mentions" in r.err and far not in r.err


def test_a_likely_slip_is_still_offered(home):
    r = run_kzpk(home, "search", "hotel rooms added in Temirkhanof")
    assert r.code in (0, 1)
    assert "Temirkhanov" in r.err
