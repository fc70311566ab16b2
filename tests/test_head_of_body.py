"""'Which head of a university ...?' asks for whoever leads it, whom a report titles Vice
Chancellor, Rector, Director or Chairman, seldom 'head': a sentence naming someone with such a
title beside the body asked about answers, and outranks another item's sentence that says
'Head of Department' of another body. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

import pytest

from conftest import items_asker

FORUM = """\
---
title: Graduates of Kazakh colleges meet in Lahore
date: 2024-03-11
---
LAHORE: Pakistani graduates of Kazakh colleges met for the third gathering of their alumni circle on Monday.

Among those present were Prof. Dr Zubaida Qadri, Vice Chancellor of Riverside Women University Multan; Dr Tariq Zaman, dean of sciences at a Lahore college; and Umar Farid, a trader.
"""

SEMINAR = """\
---
title: Seminar on education links with Kazakhstan
date: 2024-02-02
---
ISLAMABAD: The seminar was attended by Head of Department of Languages at Hill Women University Dr Nargis Bano, the Kazakh ambassador and Head of the Eurasia desk Dr Salman Khurshid, among others, to discuss higher education and women's studies.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "head_of_body", {"forum.md": FORUM, "seminar.md": SEMINAR})


def test_the_head_of_a_university_is_its_vice_chancellor(ask):
    line = ask("Which head of a women's university in Multan attended the meeting of Kazakh alumni?")
    assert "Zubaida Qadri" in line
