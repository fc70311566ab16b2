"""Which news item, and which of its paragraphs, line 1 of plain output starts from.

- A body's initials the question writes in capitals ('the CRD seminar') are not held by a hit
  that writes only longer initials beginning with them ('CRDS', another body), though the index
  stems both alike: that hit speaks of another body, and the item naming the one asked answers.
- An item whose first paragraph is only its heading, the title again (a web page's <h1>), begins
  with its second: that one names what the later paragraphs go on about, and a later paragraph
  holding the question's other words answers."""

from __future__ import annotations

import pytest

from conftest import items_asker

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | Capital Review</title>
<meta property="article:published_time" content="{date}T09:00:00+05:00">
</head>
<body>
<main>
<article>
<h1>{title}</h1>
{paragraphs}
</article>
</main>
</body>
</html>
"""


def page(title: str, date: str, *paragraphs: str) -> str:
    return PAGE.format(title=title, date=date,
                       paragraphs="\n".join(f"<p>{p}</p>" for p in paragraphs))


CRD = page(
    "Kazakhstan's Role in Regional Trade",
    "2019-03-08",
    "The Embassy of Kazakhstan and the Centre for Regional Dialogue (CRD) on Thursday held a "
    "seminar at the Lahore Gymkhana on Kazakhstan's place in regional trade.",
    "The discussion was conducted by CRD Director Nadia Qureshi. Speakers included Dr Tariq "
    "Mehmood Awan, director of the Area Study Centre at the University of Multan; and Dr Hina "
    "Saleem of the School of Economics.",
    "They said Kazakhstan could become a bridge between South Asia and Europe.",
)

CRDS = page(
    "New Trade Corridors for Central Asia",
    "2022-10-20",
    "A seminar was organised by the Council for Regional Development Studies (CRDS) in Multan "
    "on new trade corridors for Central Asia.",
    "The seminar was attended by President of CRDS Imran Baig, the Vice Chancellor of the "
    "University of Multan and Multan traders, who discussed trade with Kazakhstan.",
    "Participants agreed that road links through Afghanistan would cut the cost of trade.",
)

REPRESENTED = page(
    "&quot;UN Human Rights Council Membership: Kazakhstan's Role&quot;",
    "2018-05-11",
    "The Embassy of Kazakhstan and the Institute of Law and Society (ILS) on Thursday held a "
    "round table at the Karachi Club on Kazakhstan's membership of the UN Human Rights Council.",
    "A former foreign secretary, Javed Iqbal Lodhi, was the chief guest, and the discussion was "
    "conducted by ILS Director Sana Mirza.",
    "The speakers said Kazakhstan's presence on the council would give Central Asia a voice.",
    "Mr Daulet Zhumabekov represented the embassy. He thanked the participants for coming.",
)


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "item_rank",
                       {"crd.html": CRD, "crds.html": CRDS, "represented.html": REPRESENTED})


def test_a_body_s_initials_are_not_held_by_longer_initials(ask):
    line = ask("Who from Multan spoke at the CRD seminar?")
    assert "Tariq Mehmood Awan" in line


def test_a_heading_only_first_paragraph_is_no_lead(ask):
    line = ask("kazakh embassy representative human rights council round table")
    assert "Daulet Zhumabekov" in line
