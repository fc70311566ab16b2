"""'What capacity ...?' asks an amount, as 'How much ...?' does: it is answered by the paragraph
giving a figure ('planned at 900 MW'), not by a later one holding another of the question's
words ('station') and no figure.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

DAM = """\
Three neighbours to share a company for the Kella-2 dam

The governments of Tessa, Verenia and Orland are preparing to set up a joint company to build and run the Kella-2 hydropower plant on the Voss River, according to a draft agreement seen by reporters.

The core principle of the deal is a guaranteed purchase of all the electricity the station generates by buyers the three governments name.

The plant is planned at 900 MW and is expected to produce about 3 billion kWh a year once all its units run.
"""


def test_what_capacity_is_answered_by_a_figure(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"dam.md": DAM})
    line = line1_of(home)("What capacity is planned for the Kella-2 station on the Voss river?")
    assert "900 MW" in line, line
