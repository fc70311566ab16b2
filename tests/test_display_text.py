"""The text a result shows for a record: each mark and stop once."""

from __future__ import annotations

from conftest import RECORDS, SOURCE, make_home, run_kzpk

QUOTED = SOURCE + ("\nThe minister said: “Rail freight will double by 2030.”\n\n"
                   "“Rail Freight to Double”, a headline of 2024, named Yerzhan Kistafin.\n")
EXTRA = """\
- id: kistafin-rail-claim
  type: fact
  subject: [yerzhan-kistafin]
  statement: Rail freight between the two countries is expected to double by 2030.
  date: "2030"
  note: "the minister is Yerzhan Kistafin (test-source#p1)"
  sources:
    - {source: test-source, passage: "test-source#p4", quote: "“Rail freight will double by 2030.”"}
- id: rail-headline
  type: fact
  subject: [yerzhan-kistafin]
  statement: A 2024 headline said rail freight would double.
  date: "2024"
  sources:
    - {source: test-source, passage: "test-source#p5", quote: "“Rail Freight to Double”, a headline of 2024, named Yerzhan Kistafin"}
"""


def test_a_description_ending_in_a_stop_and_a_quote_in_its_own_marks(tmp_path):
    records = RECORDS.replace("  aliases: [Kistafin]\n",
                              "  aliases: [Kistafin]\n  description: Kazakhstan's envoy in 2022.\n", 1)
    home = make_home(tmp_path / "home", QUOTED, records + EXTRA)
    r = run_kzpk(home, "search", "Kistafin", "--kind", "entity", "--format", "plain")
    assert r.code == 0, r.err
    assert "Kazakhstan's envoy in 2022. Roles: Ambassador" in r.out and ".." not in r.out
    r = run_kzpk(home, "search", "rail freight double", "--kind", "fact", "--format", "plain")
    assert r.code == 0, r.err
    assert "“Rail freight will double by 2030.”" in r.out and "““" not in r.out and "””" not in r.out
    # a quote holding a quotation in double marks is set in single ones, the source's own marks
    # inside kept as it writes them: “…” inside ‘…’
    r = run_kzpk(home, "search", "headline", "--kind", "fact", "--format", "plain")
    assert "‘“Rail Freight to Double”, a headline of 2024, named Yerzhan Kistafin’" in r.out, r.out
    r = run_kzpk(home, "show", "rail-headline", "--format", "table")
    assert r.out.count("Rail Freight to Double") == 1 and "““" not in r.out, r.out
