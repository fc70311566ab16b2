"""A keyword query in small letters may spell out a body ('shanghai cooperation organization'):
the acronym a record is named by is searched too. Words whose initials only happen to make one
('class submarines total ordered' -> CSTO, a body of the bundled records) name no body: the
user's own item answers, not the bundled record of the Collective Security Treaty
Organization. Line 1 of plain output, as the user reads it."""

from __future__ import annotations

from conftest import run_kzpk

SUBS = """\
---
title: Navy launches third submarine in Wuhan
date: 2025-08-16
---
WUHAN: The navy's third Tarang class submarine was launched on Friday at a Chinese shipyard.

The government signed the agreement for six Tarang Class submarines during a state visit in 2015; four are being built in China.
"""


def test_initials_by_chance_name_no_body(real_copy, tmp_path):
    doc = tmp_path / "subs.md"
    doc.write_text(SUBS, encoding="utf-8")
    assert run_kzpk(real_copy, "add", str(doc)).code == 0
    r = run_kzpk(real_copy, "search", "tarang class submarines total ordered", "--format", "plain",
                 "--limit", "1")
    assert r.code == 0, r.err
    assert "Tarang" in r.out.splitlines()[0] and "CSTO" not in r.out.splitlines()[0]


def test_a_body_spelled_out_in_small_letters_is_found(real):
    r = real("search", "collective security treaty organization memorandum", "--format", "plain",
             "--limit", "1")
    assert r.code == 0, r.err
    assert "CSTO" in r.out.splitlines()[0]
