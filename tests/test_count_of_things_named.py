"""A "how many" question is answered by the paragraph counting the very things it asks about
('12,400 foreign tourists'), not by a later paragraph of the same item that counts others
('with 5,100 visitors' from one country) and happens to hold the question's verb in another
form ('visited' / 'visitors').

An invented news item, taken from no document kzpk bundles and no evaluation set; the test
reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

from conftest import add_items, line1_of, make_home

ARRIVALS = """\
Foreign arrivals in Orlen up a third

Orlen received 12,400 foreign tourists between January and June 2025, a third more than in the same months of 2024, according to the province's statistics office. The office of trade, which released the figures, said rail links had helped.

Tessa remained the largest source by far, with 5,100 visitors in the six months. Marn came second with 2,300; the open border with Marn is expected to push that number up this year.

Hotels in Vask were full for most of the summer, the office said.
"""

# a diary of the province's tourism office: its many short entries name Orlen, its foreign
# tourists and the months, and are hits before the item's second paragraph, which the search
# does not reach
DIARY = "Orlen tourism office diary\n\n" + "\n\n".join(
    f"Entry {n}: the office met foreign tourists in Orlen in January and in June, and noted "
    f"their questions on hotel {n}." for n in range(1, 46)) + "\n"

VISIT = """\
Tessa minister in Vask

VASK, 3 March 2026 – The trade minister of Tessa visited Vask on Tuesday for talks on grain.
"""


def test_count_of_the_things_asked_beats_a_count_of_others(tmp_path):
    home = add_items(make_home(tmp_path / "home"), tmp_path, {"arrivals.md": ARRIVALS, "diary.md": DIARY, "visit.md": VISIT})
    line = line1_of(home)("How many foreign tourists visited Orlen from January to June 2025?")
    assert "12,400" in line
