"""A question opening on a preposition before 'whom' ('To whom did X hand ...?', 'With whom
...?') asks who; after 'did' and its subject the verb is the bare word, and a word in -s after
it is its object ('did the ambassador hand copies of ...': the verb is 'hand'); and who
'defeated' someone 'beat' them ('was beaten by ...')."""

from __future__ import annotations

from kzpk.question import WHO, ask_of, main_verb, same_act


def test_a_preposition_before_whom_asks_who():
    assert ask_of("To whom did the new ambassador hand copies of his credentials?") == WHO
    assert ask_of("With whom did the foreign minister hold talks in Tashkent?") == WHO


def test_the_bare_verb_before_its_object():
    assert main_verb("To whom did the ambassador hand copies of his credentials?") == "hand"
    assert main_verb("When did the two sides sign documents on trade?") == "sign"
    assert main_verb("Why did prices rise in March?") == "rise"


def test_defeat_is_beat():
    assert "beat" in same_act("defeated")
    assert "defeat" in same_act("beaten")
