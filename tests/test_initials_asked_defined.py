"""'What are the MVTs ...?' asks what the initials stand for: line 1 is the text writing the name
in full before them, in brackets, not another naming the initials alone with more of the
question's words."""

from __future__ import annotations

import pytest

from conftest import add_items, copy_home, line1_of

NOTES = """\
---
title: Notes - herd health in the western provinces
---
- Through Mobile Veterinary Teams (MVTs), private clinics in Herat and Bamyan vaccinate the Afghan livestock of herders in remote valleys.

- By 2023 the programme had trained 210 MVTs to vaccinate Afghan livestock, besides 40 milk collectors.
"""


@pytest.fixture(scope="module")
def ask(real_home, tmp_path_factory):
    root = tmp_path_factory.mktemp("initials")
    home = copy_home(real_home, root / "home")
    add_items(home, root, {"notes.md": NOTES})
    return line1_of(home)


def test_the_text_defining_the_initials_answers(ask):
    assert "Mobile Veterinary Teams (MVTs)" in ask("What are the MVTs that vaccinate Afghan livestock?")
