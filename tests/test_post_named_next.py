"""A wire story names a post's holder by post first, in a field written small ('the vice
minister of healthcare told reporters on Monday'), and by name at the head of the next
paragraph ('Dana Orlova, who is also ...'): a "who" question asking that post is answered with
the name. Only the post the question asks (named first: 'executive director who called on the
minister of state'), not the other post it names.

Invented news items, taken from no document kzpk bundles and no evaluation set; each test reads
line 1 of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import add_items, line1_of, make_home

MEASLES = """\
VASK, Aug 14 (Steppe Health Wire) - Orland has confirmed 3,037 cases of measles since January, and the largest city, Marn, accounts for more than a third of them, the vice minister of healthcare told reporters on Monday.

Dana Orlova, who is also the country's chief state sanitary doctor, said Marn had registered 1,101 cases, ahead of Tessa region with 430. Cases have now been found in every region.

Most of the sick are children who were never vaccinated, the ministry said.
"""

FORUM = """\
VASK, Feb 21 (APP) – The executive director of the Conference on Steppe Dialogue and Mutual Trust in Asia, Ambassador Tomas Brandt, called on Minister of State for Foreign Affairs Karim Lodi at the Foreign Office on Thursday.

The forum, better known by its acronym CSDA, was launched in 1992 and keeps its secretariat in Marn.

The minister of state praised the executive director for the part he had played in building CSDA into an important regional body, and told him that the government would give him full support.

Karim Lodi also recalled that the two countries have worked side by side in the forum.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("named-next")
    return line1_of(add_items(make_home(tmp / "home"), tmp,
                              {"measles.txt": MEASLES, "forum.txt": FORUM}))


def test_the_post_in_small_letters_is_named_next(ask):
    line = ask("Who is the Orland vice minister of healthcare who briefed reporters on 3,037 "
               "measles cases?")
    assert "Dana Orlova" in line, line


def test_only_the_post_asked_is_named(ask):
    line = ask("csda executive director who called on the minister of state in vask")
    assert "Tomas Brandt" in line and "Karim Lodi (the" not in line, line
