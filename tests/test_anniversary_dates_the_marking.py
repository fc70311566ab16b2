"""'When did ...?' naming no anniversary: a text about an anniversary of the thing asked ('a
roundtable on the 20th anniversary of the founding of the Velkaran Institute', held in 2019)
dates the marking, not the thing; the text that says when it happened answers. An anniversary
of another thing ('on 29 October, the 99th anniversary of the republic') still dates what its
text tells. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import items_asker

ROUNDTABLE = """\
---
title: Roundtable marks 20th anniversary of the founding of the Velkaran Institute
date: 2019-05-09
source: Test Wire
---

# Roundtable marks 20th anniversary of the founding of the Velkaran Institute

On 9 May 2019 an online roundtable on the 20th anniversary of the founding of the Velkaran Institute was held, with speakers from both countries.
"""

HISTORY = """\
---
title: A short history of the Velkaran Institute
date: 2020-01-15
source: Test Review
---

# A short history of the Velkaran Institute

The Velkaran Institute was founded on 3 March 1999 by a group of historians in the capital.

Its library now holds some 40,000 volumes.
"""

FACTORY = """\
---
title: President opens the Orlan car factory
date: 2022-10-30
source: Test Wire
---

# President opens the Orlan car factory

President Velor opened the factory of Orlan, the country's first home-grown car brand, on Saturday, 29 October 2022, the 99th anniversary of the founding of the republic.

The foundation stone of the plant was laid on 18 July 2020.
"""


def test_an_anniversary_of_the_thing_asked_does_not_date_it(tmp_path_factory):
    ask = items_asker(tmp_path_factory, "anniversary", {"roundtable.md": ROUNDTABLE,
                                                        "history.md": HISTORY,
                                                        "factory.md": FACTORY})
    assert "3 March 1999" in ask("When was the Velkaran Institute founded?")
    assert "29 October 2022" in ask("When did President Velor open the Orlan car factory?")
