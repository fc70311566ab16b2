"""A question's verb in the passive ('Where were the pilgrims held?') is said of what it asks
about only in the passive: a later paragraph of the news item using it actively of something
else ('the administration held a conference') does not take the first paragraph's place. Line 1
of plain output."""

from __future__ import annotations

import pytest

from conftest import items_asker

PILGRIMS = """\
<html><head><title>Kazakh pilgrims sent to Mecca on tourist visas end up in a Jeddah police station</title></head>
<body><article>
<h1>Kazakh pilgrims sent to Mecca on tourist visas end up in a Jeddah police station</h1>
<p>ALMATY, 3 July 2023 - More than a hundred Kazakh pilgrims who flew to Saudi Arabia for the Hajj spent several days in a police station in Jeddah instead, after it turned out that the travel company had sent them on tourist visas.</p>
<p>The Spiritual Administration of Muslims said it had warned believers against unlicensed firms for years.</p>
<p>Through the regular channel, Kazakhstan sent 4,000 pilgrims to Mecca in 2023.</p>
<p>Last week, in Mecca itself, the administration held a conference on organising the pilgrimage, attended by the ambassador to Saudi Arabia.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "passive_verb", {"pilgrims.html": PILGRIMS})


def test_a_later_paragraph_using_the_verb_actively_says_no_more(ask):
    line = ask("Where were more than a hundred Kazakh pilgrims held after arriving in Saudi "
               "Arabia without Hajj visas?")
    assert "police station in Jeddah" in line
