"""The benchmark script runs as bench/README.md says (a small corpus; the real run is manual)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO

MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"


def test_quick_benchmark_writes_its_table(tmp_path):
    out = tmp_path / "results.md"
    p = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--out", str(out)],
                       capture_output=True, text=True, cwd=REPO, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    table = out.read_text()
    assert "| `search trade` |" in table and "kzpk/peer" in table
    if MAKE_CORPUS.is_file():  # the synthetic corpus generator comes with shared/
        assert "needle `qvranticorridor`: passages found | 1 | 1 |" in table
    else:
        assert "scale part skipped" in p.stderr
