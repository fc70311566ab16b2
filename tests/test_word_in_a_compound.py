"""A participle a news item's first paragraph holds only as the end of a compound adjective ('the
Kazakh-born director') is no word that paragraph names for the rest of the item: 'When was X born?' is
answered by the later paragraph saying when X was born, not by the first one's dateline."""

from __future__ import annotations

import pytest

from conftest import items_asker

ACTRESS = """\
CANNES, May 19 (Steppe Culture Wire) - Zhanar Sadykova of Kazakhstan was named best actress at the Cannes Film Festival on Saturday for the title role in "Dala", a film by the Kazakh-born director Sergey Dvortsevoy.

The jury praised her performance as a young mother looking for work in Moscow.

Sadykova was born on 3 May 1980 in Karaganda. She made her screen debut in a short film shot in her home town.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "word_in_a_compound", {"dala.txt": ACTRESS})


def test_born_is_not_named_by_kazakh_born(ask):
    line = ask("When was Zhanar Sadykova born?")
    assert "3 May 1980" in line
