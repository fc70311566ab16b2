"""Line 1 starts at the sentence holding the question's far rarer word ('Cocoa was the steepest of
all, up 35.9%' for 'By how much did cocoa prices rise ...?'), not at one that only says the
question's verb ('green tea rose by 0.3%'), though the verb's sentence is otherwise preferred.
Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

WIRE = """\
VELKAR, Sept 19, 2025 (Test Business Wire) - Orlania, one of the world's great tea-drinking nations, is slowly cooling on its national brew, figures released this week by a credit bureau show.

Lower demand has not made tea cheaper. In April black tea cost 0.1% more than in March and 5.3% more than a year before; green tea rose by 0.3% on the month and 1.2% on the year. Coffee prices climbed much faster, tracking record prices on world markets after poor harvests in Brazil and Vietnam. Instant coffee was 0.4% dearer than a month earlier and 12.5% dearer than a year earlier, and beans and ground coffee rose 3.4% in a single month. Across the category, tea prices were up 5.1% year on year and coffee 13.2%. Cocoa was the steepest of all, up 35.9%.

No celebration or family gathering in Orlania goes without tea.
"""


def test_line_one_starts_at_the_far_rarer_word(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "rare_word_line", {"tea.txt": WIRE})
    assert "35.9%" in ask("By how much did cocoa prices rise in Orlania over the year?")
