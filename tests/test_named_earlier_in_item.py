"""A "who" answer that names its person by title and surname ('Mr Bakirov') or by post alone
('the department head said') gives the name in full as an earlier paragraph of the item writes
it: the nearest paragraph naming them, before the name ('The economist Otabek Bakirov said')
or after it as an apposition gives the post ('Aziz al-Rahman al-Muhajir, head of the provincial
department'), an Arabic name's particles in small letters and all. A keyword query naming a
person by what they do ('economist') asks who."""

from __future__ import annotations

import pytest

from conftest import items_asker

BAN = """\
TASHKENT, March 4 (Central Asia Wire) - Uzbekistan will cut off access to the shopping platform Shopmo from March 20, the tax committee announced on Tuesday.

The committee said Shopmo had failed to follow Uzbek law on e-commerce, advertising and personal data.

Shopmo began advertising in Uzbekistan in September and its low prices made it popular quickly. The economist Otabek Bakirov said the platform was neither registered in the country nor paying taxes there.

Even so, Mr Bakirov criticised the ban as "a subjective move that harms consumers". The government had given platforms until July 1 to register, he noted.
"""

FIRE = """\
HERAT, July 30 (Frontier Wire) - Taliban officials in Herat set fire to a pile of confiscated musical instruments on Saturday, saying music corrupts society, the state-run news agency reported.

Aziz al-Rahman al-Muhajir, head of the provincial department of the Ministry for the Propagation of Virtue, said promoting music led to moral corruption. He warned that anyone selling instruments would be punished.

The gear burned was worth several hundred dollars, the department head said.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "named_earlier_in_item",
                       {"ban.txt": BAN, "fire.txt": FIRE})


def test_a_surname_given_in_full_from_the_paragraph_before(ask):
    line = ask("economist criticised shopmo ban subjective move consumers")
    assert "Otabek Bakirov" in line and "subjective move" in line


def test_a_post_given_its_holder_named_before_it(ask):
    line = ask("Which Taliban official in Herat said music corrupts society when the "
               "instruments were burned?")
    assert "Aziz al-Rahman al-Muhajir" in line
