"""The evaluation sets under eval/ stay checkable, and eval/line1.py scores what kzpk prints."""
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import make_home

ROOT = Path(__file__).resolve().parent.parent


def check(*args):
    return subprocess.run([sys.executable, "eval/check_set.py", *args], cwd=ROOT,
                          capture_output=True, text=True)


def test_lookup_set_answers_stand_in_their_documents():
    p = check("eval/lookups.yaml")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "0 problem(s)" in p.stdout


def test_pile_set_answers_stand_only_in_the_pile():
    p = check("eval/pile/pile.yaml", "--pile", "eval/pile/docs", "--only-pile")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "0 problem(s)" in p.stdout


def test_third_pile_set_answers_stand_only_in_its_own_documents():
    # pile2's answers stand in eval/pile2/docs and in neither the bundled files nor the second pile
    p = check("eval/pile2/pile2.yaml", "--pile", "eval/pile2/docs", "--pile", "eval/pile/docs", "--only-pile")
    assert p.returncode == 0, p.stdout + p.stderr
    assert "0 problem(s)" in p.stdout


def test_checker_flags_an_answer_the_documents_do_not_hold(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text('search:\n  - {id: X, query: "Who is the SCO secretary-general?", k: 1, '
                   'any: ["Ban Ki-moon"], doc: kz-pk-25th-anniversary}\n'
                   '  - {id: Z, query: "Rashid Alimov SCO", k: 1, any: ["Alimov"], doc: kz-pk-25th-anniversary}\n'
                   'robustness:\n  - {id: Y, args: ["search", "Zardari"], exit: [1], subject: "Zardari"}\n')
    p = check(str(bad))
    assert p.returncode == 1
    assert "none of ['Ban Ki-moon'] stands in" in p.stdout
    assert "subject word 'Zardari' does stand" in p.stdout
    assert "Z: 'Alimov' is in the query itself" in p.stdout


def test_line1_runner_reports_both_sides_on_a_tiny_set(tmp_path):
    # A project holding the small fixture corpus and the peer: the runner copies, indexes and
    # queries it as it does the real checkout, in a second instead of a bundled-corpus build.
    project = tmp_path / "project"
    make_home(project)
    (project / "bench").mkdir()
    shutil.copy(ROOT / "bench" / "fts5_peer.py", project / "bench")
    tiny = tmp_path / "tiny.yaml"
    tiny.write_text('search:\n  - {id: T1, query: "Yerzhan Kistafin", k: 1, any: ["Yerzhan Kistafin"], kind: who}\n'
                    'robustness:\n  - {id: T2, args: ["search", "Quetta hockey"], exit: [1]}\n')
    p = subprocess.run([sys.executable, "eval/line1.py", str(tiny), "--kzpk", f"{sys.executable} -m kzpk",
                        "--project", str(project), "--jobs", "1"], cwd=ROOT, capture_output=True,
                       text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "| lookups: plain line 1 right | 1/1 (100 %) | 1/1 (100 %) |" in p.stdout
    assert "| absent subjects: exit 1 | 1/1 (100 %) | 1/1 (100 %) |" in p.stdout
    assert "| who | 1 |" in p.stdout
    assert p.stdout.strip().splitlines()[-1].startswith("SUMMARY lookups kzpk ")
