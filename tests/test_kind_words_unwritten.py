"""Words of a question that name the kind of answer or say the subject otherwise are not its
subject when no document writes them: a noun made of a verb and its particle whose verb no
document writes either ('rollout'), the kind of name asked ('the Latin name of the root'), a
parliament by its own name ('the Majlis'), a currency's code in small letters ('usd'), a people
for its language ('the language of the Pashtuns': Pashto) and a country for its people's
adjective ('Britain': British). kzpk searches without them or for the word a text writes, says
so on stderr, and answers (exit 0), where it said "no document mentions" (exit 1). And 'What
price per share did ...?' asks an amount.

Invented news items, taken from no document kzpk bundles and no evaluation set, added to the
bundled corpus; each test reads line 1 of plain output, as the user does.
"""

from __future__ import annotations

import pytest

from conftest import bundled_with_items, line1_of

VACCINE = """\
---
title: "Orland gives 500,000 vaccine doses to Marn"
date: "2021-02-08"
---

VASK — Orland handed 500,000 doses of its vaccine to Marn on Sunday. The health ministry of Marn said the vaccination campaign would start in all 34 provinces next week, beginning with health workers.
"""

ROOT = """\
---
title: "Doctors warn against the Tamdy root as a cure"
date: "2021-04-23"
---

The affair started when President Ruslan Tekebaev recommended the Tamdy root, a poisonous plant known to botanists as Aconitum tamdyense, as a cure for the virus.
"""

TEA = """\
---
title: "Tea money could have mended roads, says lawmaker"
date: "2023-12-14"
---

Ghani Orlowski, a member of parliament's economic committee, said the money set aside for importing tea could have mended every road in his district.

Shares in Velmar Medical, which runs the largest chain of retail pharmacies in Orland, closed at 150 crowns against an offer price of 131 crowns a share paid by its new investors.
"""

EXPORT = """\
---
title: "Orland and Tellur sign a five-year trade roadmap"
date: "2024-03-12"
---

The trade minister put Orland's export potential to Tellur at US$1.7 billion a year.
"""

COTTON = """\
---
title: "Kunduz gins cotton again"
date: "2009-01-08"
---

Tellurcot, whose name means "white gold" in Pashto, was founded in the 1930s and grew into one of the biggest industrial concerns of the north.

Lieutenant-Colonel Dave Orlov, commanding officer of the engineer regiment, said his sappers had carried out the largest route clearance by the British military since 1945.
"""


@pytest.fixture(scope="module")
def home(real_home, tmp_path_factory):
    return line1_of(bundled_with_items(real_home, tmp_path_factory, "kindwords",
                                       {"vaccine.md": VACCINE, "root.md": ROOT, "tea.md": TEA,
                                        "export.md": EXPORT, "cotton.md": COTTON}))


def test_a_phrasal_noun_no_document_writes_is_no_subject(home):
    line = home("marn vaccination rollout provinces")
    assert "34 provinces" in line, line


def test_the_kind_of_name_asked_is_no_subject(home):
    line = home("What is the Latin name of the root Tekebaev recommended?")
    assert "Aconitum tamdyense" in line, line


def test_a_parliament_by_its_own_name(home):
    line = home("Which member of the Majlis economic committee spoke of the tea money?")
    assert "Ghani Orlowski" in line, line


def test_a_price_per_share_is_an_amount():
    from kzpk.question import HOW_MUCH, ask_of

    # (it was no kind at all: a paragraph holding the question's words but no price came first)
    for question in ("What price per share did the buyer agree to pay for Velmar?",
                     "What was the price of a loaf?", "What is the fee for a visa?"):
        assert ask_of(question) == HOW_MUCH, question
    assert ask_of("What was the price cap policy about?") != HOW_MUCH


def test_a_currency_code_in_small_letters_is_the_currency_asked(home):
    # ('usd' in keywords: no document writes it, and it is no subject; 'US$1.7 billion' answers)
    line = home("orland export potential to tellur usd")
    assert "US$1.7 billion" in line, line


def test_a_people_for_its_language_and_a_country_for_its_adjective(home):
    # ('the language of the Pashtuns' is Pashto; 'Britain's' is said 'British': neither
    # exits 1 with "no document mentions")
    line = home("What does the name of the old northern cotton concern mean in the language "
                "of the Pashtuns?")
    assert "white gold" in line, line
    line = home("Which officer's sappers carried out Britain's largest route clearance since "
                "1945?")
    assert "Dave Orlov" in line, line
