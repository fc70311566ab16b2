"""A name a letter or a romanisation off the one a document writes ('Agrotechna' for
'AgroTehna') is that name when the document holds it together with two of the query's other
rare words ('Sinomach', 'harvesters'): the search corrects it and says so on stderr. Without
such words beside it, or with a consonant changed (another name: 'Tokarev' is no 'Tokayev'), the near name is only offered ("did you mean"), exit 1, as before. Line 1
of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, search_plain

PLANT = """\
ALMATY, Sept 10 (Test Wire) - The Chinese machinery group Sinomach has begun assembling combine harvesters with a local partner, AgroTehna, at a plant in Ekibastuz.

The first 40 machines are to reach farmers in Kostanai before the autumn sowing.
"""

SCHOOLS = """\
---
title: New schools open in Turkestan region
date: 2024-09-02
---
Nine schools opened in Turkestan region this month, the regional education department said.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("name_confirmed")
    return add_items(make_home(root / "home"), root, {"plant.txt": PLANT, "schools.md": SCHOOLS})


def test_a_near_name_with_the_words_it_stands_with_is_corrected(home):
    code, line, err = search_plain(home,
                                   "Where is Sinomach assembling harvesters with Agrotechna?")
    assert code == 0, err
    assert "Ekibastuz" in line
    assert "showing results for" in err and "Agrotehna" in err


def test_a_near_name_alone_is_only_offered(home):
    code, _, err = search_plain(home, "What did Agrotechna say about wheat prices?")
    assert code == 1
    assert "no document mentions 'Agrotechna' (did you mean" in err
