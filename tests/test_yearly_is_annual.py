"""A question in everyday words ('its yearly spending plan') finds the text that says 'annual'
('approves the annual budget of the SCO'), on the bundled documents. Line 1 of plain output, as
the user reads it."""

from __future__ import annotations


def test_yearly_finds_annual(real):
    r = real("search", "Which SCO council signs off on the organisation's yearly spending plan?",
             "--format", "plain", "-n", "1")
    assert r.code == 0, r.err
    assert "annual budget" in r.out.splitlines()[0]
