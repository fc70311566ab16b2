"""A lower-case word that is an English word a document holds with two letters swapped ('bron'
for 'born') is that word, said corrected on stderr: not a subject no document mentions; read
against the form of it the documents write closest to the slip ('acre', not 'acres')."""

from __future__ import annotations

import pytest

from conftest import items_asker

ACTRESS = """\
CANNES, May 19 (Steppe Culture Wire) - Zhanar Sadykova of Kazakhstan was named best actress at the Cannes Film Festival on Saturday for the title role in "Dala".

Sadykova was born on 3 May 1980 in Karaganda. She made her screen debut in a short film shot in her home town.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "letters_swapped", {"dala.txt": ACTRESS})


def test_two_letters_swapped_are_corrected(ask):
    line = ask("when was zhanar sadykova bron")
    assert "3 May 1980" in line


FIELDS = {
    f"fields{i}.md": f"---\ntitle: Vask farm report {i}\ndate: 2024-0{i}-01\n---\n"
                     f"Farmers of district {i} sowed 1{i},000 acres of rice this spring, and "
                     f"more acres are to follow.\n"
    for i in range(1, 5)}
FIELDS["yield.md"] = ("---\ntitle: Vask hybrid rice yields\ndate: 2024-06-01\n---\n"
                      "Farmers growing the Vask hybrid were harvesting more than 130 maunds an "
                      "acre, the seed company said.\n")


def test_a_swap_is_read_against_the_form_the_documents_write(tmp_path_factory):
    # 'acer' is 'acre' with two letters swapped; the first documents holding the stem write
    # 'acres', a later one 'acre': the slip is read against the closest form, and corrected
    from conftest import add_items, make_home, run_kzpk

    root = tmp_path_factory.mktemp("acer")
    home = add_items(make_home(root / "home"), root, FIELDS)
    r = run_kzpk(home, "search", "how many maunds per acer from the vask hybrid", "--format",
                 "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "showing results for 'how many maunds per acre" in r.err
    assert "130 maunds an acre" in r.out.splitlines()[0]
