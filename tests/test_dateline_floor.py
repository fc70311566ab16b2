"""A wire without a year in its dateline is not dated to a background year that only happens to
put the dateline's day on the weekday the story names ('since ... in 2011', and 9 July 2011 was a
Saturday) when the story says something happened in a later year ('switched to Orlen in 2018'):
with no year left that fits, the item is left undated rather than dated wrongly.

An invented news item, taken from no document kzpk bundles and no evaluation set; the test reads
what `kzpk add` tells the user.
"""

from __future__ import annotations

from conftest import make_home, run_kzpk

WIRE = """\
Sallow wins the Vask Open, Orlen's first grass-court title

VASK, July 9 (Orlen Wire) - Mira Sallow came from a set down on Saturday to beat Tessa Marn 3-6, 6-2, 6-2 in the Vask Open final and give Orlen its first grass-court singles trophy.

Sallow was born in Marn and switched to Orlen in 2018, when the Orlen tennis federation offered her a place in its programme.

She is the youngest woman to lift the trophy since Anna Brandt in 2011.
"""


def test_a_background_year_does_not_date_a_later_story(tmp_path):
    home = make_home(tmp_path / "home")
    doc = tmp_path / "sallow.txt"
    doc.write_text(WIRE, encoding="utf-8")
    r = run_kzpk(home, "add", str(doc))
    assert r.code == 0, r.err
    said = r.out + r.err
    assert "added" in said
    assert "2011-07-09" not in said


CRASH = """\
Vask Air jet crashes after take-off from Tessa

TESSA, Dec 27 (Orlen Wire) - A Vask Air jet with 98 people on board crashed moments after taking off from Tessa early on Friday, killing 12 people, the interior ministry said.

The aircraft first entered service on 8 April 1996 and its certificate was last renewed in May.

Vask Air, based at the old airport in Marn, started out as a business-jet operator in 1999 and began scheduled flights years later.
"""


def test_a_later_year_said_a_few_words_after_its_verb_is_a_floor(tmp_path):
    # 'started out as a business-jet operator in 1999': the verb six words before the year says
    # the story is no earlier than 1999, so the plane's 1996 (27 December 1996 was a Friday) is
    # no year of the story's
    home = make_home(tmp_path / "home")
    doc = tmp_path / "crash.txt"
    doc.write_text(CRASH, encoding="utf-8")
    r = run_kzpk(home, "add", str(doc))
    assert r.code == 0, r.err
    said = r.out + r.err
    assert "added" in said
    assert "1996-12-27" not in said
