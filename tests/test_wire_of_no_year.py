"""A wire whose dateline gives no year ('KABUL, July 25 (Wire) -'): kzpk takes the year the
text points to, but never one the text tells a later month of as past ('since the Taliban
returned to power in August 2021' is no July 2021 story): such an item is left undated. For a
"when" question about an undated item, its first paragraph's dateline is the only date a line
can show, and it keeps its place before a later paragraph that gives no date. And a question
opening with whom it asks by ('According to ..., what ...?') is a question of its own kind, not
a keyword query asking a date for saying 'year'. A decade ('in the 1950s') is no year of the
story. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import add_items, make_home, run_kzpk

SALONS = """\
Beauty salons ordered shut as deadline runs out

KABUL, July 25 (Test Wire) - All beauty salons in Vaskaria must now be closed, the rulers said on Tuesday as a one-month deadline expired.

The order was set out in a ministry letter that told owners to wind down their business within a month.

The salons were among the last places where women could work since the rulers returned to power in August 2021.
"""

IMPORTS = """\
Importers say ban has handed market to smugglers

TEHRAN, July 16 (Test Wire) - A ban on imported perfumes is feeding a flood of contraband, the association of perfume importers said on Thursday.

Imports supply most of the perfume market, and the association's deputy head warned that illegal inflows would now grow.
"""

ENVOY = """\
Envoy says partnership enters a new stage

ISLAMABAD, Sept 22 (Test Wire) - The Vaskarian ambassador, Orlan Bektemir, told a press conference that relations between the two countries were gathering pace.

The ambassador said this year's address by the president had named Pakistan for the first time, with a call for joint ventures.
"""

PUPPETEERS = """\
Court halts demolition of puppeteers' colony

NEW DELHI, Oct 31 (Test Wire) - The High Court on Tuesday put a 10-day stay on the demolition of the Vaskarian puppeteers' colony.

The redevelopment, taken up in 2009, is being carried out by a private builder.

Puppeteers first pitched tents on the open ground in the 1950s, and the colony is now home to around 3,000 families.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    root = tmp_path_factory.mktemp("wire_of_no_year")
    return add_items(make_home(root / "home"), root,
                     {"salons.txt": SALONS, "imports.txt": IMPORTS, "envoy.txt": ENVOY,
                      "puppeteers.txt": PUPPETEERS})


def line1(home, query):
    r = run_kzpk(home, "search", query, "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    return r.out.splitlines()[0]


def test_no_july_of_a_year_whose_august_is_past(home):
    line = line1(home, "When did the deadline for the beauty salons of Vaskaria run out?")
    assert "2021-07-25" not in line
    assert "KABUL, July 25" in line


def test_the_dateline_answers_when_for_an_undated_item(home):
    assert "TEHRAN, July 16" in line1(
        home, "When did the perfume importers warn that the ban was handing the market to "
              "smugglers?")


def test_according_to_whom_is_no_date_asked(home):
    assert "named Pakistan for the first time" in line1(
        home, "According to Bektemir, what was new about this year's address by the president?")


def test_a_decade_is_no_year_of_the_wire(home):
    # 'in the 1950s' is no year: October 31 was a Tuesday in 1950, but the story is not of it
    line = line1(home, "How many families live in the Vaskarian puppeteers' colony?")
    assert "around 3,000 families" in line
    assert "1950-10-31" not in line
