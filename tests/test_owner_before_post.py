"""A question naming a body's post with the body's name before it ('the Daraz chief executive')
is not answered by a text speaking of another body's ("Alibaba's chief executive, Daniel
Zhang"), but by the one naming the post as asked; a people's post ('the Kazakh ambassador') is
people_clash's to tell, and a body's initials ('the TSUOS rector') a text may write out."""

from __future__ import annotations

import pytest

from conftest import items_asker
from kzpk.question import possessive_clash

DEAL = """\
KARACHI, May 8, 2018 (Indus Business Wire) - China's Alibaba Group has taken over the whole of Bazaarly Group, the South Asian online shopping business built by Germany's Rocket Internet, the two sides said on Tuesday. No price was given for the company.

Bazaarly was set up in Pakistan in 2012 and now runs online marketplaces in five countries. Rocket Internet said the business would keep trading under the Bazaarly name after the sale. The announcement was made by the Bazaarly chief executive, Bjarke Mikkelsen, together with co-founder Jonathan Doerr.

Alibaba's chief executive, Daniel Zhang, said the group and Bazaarly would now help entrepreneurs serve shoppers across the region with Alibaba's technology.
"""


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    return items_asker(tmp_path_factory, "owner_before_post", {"deal.txt": DEAL})


def test_the_post_of_the_body_asked(ask):
    line = ask("Who was the Bazaarly chief executive when Alibaba bought the company?")
    assert "Bjarke Mikkelsen" in line


def test_a_peoples_post_or_a_bodys_initials_name_no_owner_here():
    assert possessive_clash("Who is the Kazakh ambassador in Islamabad?") is None
    assert possessive_clash("Which envoy called on the TSUOS rector?") is None
