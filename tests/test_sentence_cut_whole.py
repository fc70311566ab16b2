"""Line 1 of a long paragraph does not stop a few words short of the end of the sentence it
cuts: a sentence's last words are often what it says ('... the largest bloc in the world
after the European Community.', '... export potential at US$1.7 billion.'). The window goes on
to the sentence's end when that is within a quarter of a line."""

from __future__ import annotations

def test_a_window_ends_with_the_sentence_it_would_halve():
    from kzpk.query import SNIPPET, make_snippet

    lead = "word " * ((SNIPPET - 40) // 5)  # the line's width, less the sentence's first words
    text = (lead + "Measured by the land it covered, the bloc became the largest union after "
            "the Northern Grain League. Next sentence " + "more " * 40)
    assert make_snippet(text, None)[0].endswith("after the Northern Grain League.…")
    # a sentence that runs on for more than a quarter of a line keeps the cut where it was
    long = (lead + "Measured by the land it covered, the bloc became the largest union "
            + "and so on " * 20 + "after the Northern Grain League. Next.")
    assert not make_snippet(long, None)[0].endswith("Grain League.…")
