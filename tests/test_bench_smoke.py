"""The benchmark script runs as bench/README.md says (a tiny corpus; the real run is manual)."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO, make_home

MAKE_CORPUS = REPO.parent / "shared" / "bench" / "make_corpus.py"
RESULTS = REPO / "bench" / "results.md"


def test_smoke_benchmark_writes_its_table_and_leaves_the_results_alone(tmp_path):
    out = tmp_path / "results.md"
    before = RESULTS.read_bytes()
    records = make_home(tmp_path / "home") / "records"  # the small fixture corpus: seconds, not a minute
    p = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--quick", "--runs", "1",
                        "--docs", "3", "--paras", "2", "--no-hyperfine", "--records", str(records),
                        "--out", str(out)],
                       capture_output=True, text=True, cwd=REPO, timeout=300)
    assert p.returncode == 0, p.stderr[-2000:]
    table = out.read_text()
    assert "| `search trade` |" in table and "kzpk/peer" in table and "| `kzpk --version` |" in table
    if MAKE_CORPUS.is_file():  # the synthetic corpus generator comes with shared/
        assert "needle `qvranticorridor`: passages found | 1 | 1 |" in table
    else:
        assert "scale part skipped" in p.stderr
    assert RESULTS.read_bytes() == before


def test_the_committed_results_are_replaced_only_with_write():
    p = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--out", str(RESULTS)],
                       capture_output=True, text=True, cwd=REPO, timeout=60)
    assert p.returncode != 0 and "--write" in p.stderr
