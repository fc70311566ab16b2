"""A sentence that answers and opens on what the sentences before it go on about ('The company
has opened offices in Tashkent and Dushanbe', after 'Its refrigerated trucks now reach ...',
after 'By November the Jiangnan market had passed ...') is about what the first of them names:
line 1 is that answer, not the sentence naming the market in full that gives no place. Asked
of a development pile's item, as a user who added the pile would."""

from __future__ import annotations

from conftest import pile_asker


def test_answer_about_what_an_earlier_sentence_names(real_home, tmp_path_factory):
    ask = pile_asker(real_home, tmp_path_factory, "pile129")
    line = ask("Where did the Kashgar Jiangnan wholesale market open offices?")
    assert "offices in Tashkent and Dushanbe" in line.rsplit(" — ", 1)[0]
