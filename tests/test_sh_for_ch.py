"""A Kazakh place named with 'sh' where a text writes the Russian 'ch' (Kapshagai/Kapchagai,
Shymkent/Chimkent) is the same name in another romanisation, not another name: corrected, said,
and answered when the text names it together with the query's other words. Line 1 of plain
output."""

from __future__ import annotations

import pytest

from conftest import items_asker, make_home, add_items, run_kzpk

CASINOS = """\
ALMATY, April 2 (Wire) - Gambling halls in Almaty shut their doors on Sunday as a law confining
casinos to two resort zones came into force.

Under the law, casinos may now open only on the shore of the Kapchagai reservoir, north of
Almaty, and at the Burabay lakes resort in Akmola region.

Some 120 gaming halls in the city had closed by Saturday evening, the city's police said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "sh_for_ch", {"casinos.txt": CASINOS})


def test_sh_for_ch_is_the_same_place(ask):
    line = ask("Which zone besides the Kapshagai reservoir may casinos open in?")
    assert "Kapchagai reservoir" in line


def test_sh_for_ch_is_said_as_a_correction(tmp_path_factory):
    root = tmp_path_factory.mktemp("sh_for_ch_said")
    home = add_items(make_home(root / "home"), root, {"casinos.txt": CASINOS})
    r = run_kzpk(home, "search", "Kapshagai reservoir casinos", "--format", "plain", "--limit", "1")
    assert r.code == 0, r.err
    assert "Kapchagai" in r.err
