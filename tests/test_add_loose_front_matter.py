"""`kzpk add` of a Markdown document whose front matter YAML refuses for a slip of syntax (a title
with a quote inside it, as Jekyll and Hugo files often have): the document is added, each
'field: value' line read as written, and stderr says so; front matter refused for safety (an
alias) is still refused. What the user sees: exit code, stderr, the title and search."""

from __future__ import annotations

from conftest import make_home, run_kzpk

FILM = """\
---
title: "Myn Bala" and a Kazakh art show at the PNCA
date: 2019-05-06
source: Culture desk
---
ISLAMABAD: The film "Myn Bala" was directed by Akan Satayev and shown at the arts council on Saturday.
"""


def test_a_title_yaml_refuses_is_read_as_written(tmp_path):
    home = make_home(tmp_path / "home")
    doc = tmp_path / "film.md"
    doc.write_text(FILM, encoding="utf-8")
    r = run_kzpk(home, "add", str(doc))
    assert r.code == 0, r.err
    assert "front matter is not valid YAML" in r.err and "read as plain" in r.err
    assert '"Myn Bala" and a Kazakh art show at the PNCA' in r.out
    r = run_kzpk(home, "search", "Who directed the film Myn Bala?", "--format", "plain", "-n", "1")
    assert r.code == 0 and "Akan Satayev" in r.out.splitlines()[0], r.err
    assert run_kzpk(home, "validate").code == 0
