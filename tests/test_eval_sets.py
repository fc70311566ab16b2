"""The evaluation sets under eval/ stay checkable: every answer stands in its document."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_lookup_set_answers_stand_in_their_documents():
    p = subprocess.run([sys.executable, "eval/check_set.py", "eval/lookups.yaml"], cwd=ROOT,
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stdout + p.stderr
    assert "0 problem(s)" in p.stdout
