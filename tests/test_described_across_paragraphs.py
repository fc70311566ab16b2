"""A word of ordinary English no document holds ('reaction') may only describe what a query asks
about when the query's rarer words stand together in one text, or one more of them in one
document, whichever of its paragraphs holds each: a news item names 'ANIM' in one paragraph and
'Herat' and the instruments in another, their burning in a third.
Searched without the word, and said so; a subject no document names still finds nothing."""

from __future__ import annotations

import pytest

from conftest import items_asker

FIRE = """\
HERAT, July 30 (Frontier Wire) - Taliban officials in Herat set fire to a pile of confiscated musical instruments and sound equipment on Saturday, the state-run news agency reported.

Ahmad Sarmast, who founded the Afghanistan National Institute of Music (ANIM) and now lives in Portugal, called it cultural genocide.

Guitars and a harmonium were burned, the agency said.
"""


# other news, so that the three words are rare among the texts, as in any real pile
OTHER = "\n\n".join(f"Paragraph {n} of a report on wheat exports from Kostanay to Karachi, "
                      f"which rose in month {n} of the season, traders said." for n in range(1, 40))


@pytest.fixture(scope="module")
def kz(tmp_path_factory):
    from conftest import add_items, make_home, run_kzpk

    root = tmp_path_factory.mktemp("described_across_paragraphs")
    home = add_items(make_home(root / "home"), root, {"fire.txt": FIRE, "wheat.txt": OTHER})
    return lambda *args: run_kzpk(home, *args)


def test_a_describing_word_dropped_when_the_rest_stand_in_one_item(kz):
    r = kz("search", "ANIM founder reaction to Herat instrument burning", "--format", "plain")
    assert r.code == 0, r.err
    assert "no document writes 'reaction'; searched without it" in r.err


def test_a_subject_no_document_names_finds_nothing(kz):
    r = kz("search", "ANIM founder reaction to Kandahar instrument burning", "--format", "plain")
    assert r.code == 1
