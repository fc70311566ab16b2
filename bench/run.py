"""Benchmark kzpk against the SQLite FTS5 peer (bench/fts5_peer.py), as issue 7 asks.

    .venv/bin/python bench/run.py --write               # full run, bundled corpus + 100k passages;
                                                        # replaces the committed bench/results.md
    .venv/bin/python bench/run.py --quick               # smoke run, well under a minute; prints only
    .venv/bin/python bench/run.py --skip-scale          # start-up on the bundled corpus only
    .venv/bin/python bench/run.py --docs 200 --paras 50 # a smaller synthetic corpus

1. Start-up: a copy of records/ in a temporary home, index warmed, then whole-process
   `kzpk search Q --format json` beside `fts5_peer.py search DB Q` (same venv Python), `kzpk
   --version`, and 100 queries in batch mode (`search -`) beside 100 peer runs and a peer loop.
2. Scale: a synthetic corpus from ../shared/bench/make_corpus.py added to an empty home; full
   build time and peak memory, query p50/p95 over a mix, the planted needles, `add` of one more
   document and the size on disk, each beside FTS5 on the same passages.
3. A Markdown table with the machine and the targets, printed; written to bench/results.md only
   with --write (and to any file given with --out).

Timing uses hyperfine when it is installed (else repeated runs here, medians alike). Peak memory
of a build is that of its largest process, from /usr/bin/time (else getrusage in a small wrapper
process), and that of all its processes together, sampled from /proc. Standard library only.
"""
import argparse
import datetime
import itertools
import json
import math
import os
import re
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PEER = BENCH / "fts5_peer.py"
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"
GNU_TIME = Path("/usr/bin/time")

QUERIES = ["trade", "bilateral trade volume 2023", "When were diplomatic relations established?",
           '"strategic partnership"', "tourism AND Afghanistan"]
TOPICS = ["trade", "energy", "railway", "tourism", "Afghanistan", "education", "culture",
          "investment", "security", "terrorism", "SCO", "Astana", "Islamabad", "Almaty", "transit",
          "agriculture", "universities", "visa", "oil", "Karachi"]
# 100 distinct queries: the typical five, every topic word, then pairs of topic words.
BATCH = (QUERIES + TOPICS + [f"{a} {b}" for a, b in itertools.combinations(TOPICS, 2)])[:100]
SCALE_QUERIES = [
    ("word", "trade"), ("word", "security"), ("word", "qvranticorridor"),
    ("phrase", '"zqxjuniper protocol"'), ("phrase", '"strategic partnership"'),
    ("boolean", "trade AND energy"), ("boolean", "tourism OR culture"),
    ("boolean", "Kazakhstan NOT Pakistan"),
    ("question", "When were diplomatic relations established?"),
    ("question", "What is the volume of bilateral trade?"),
]
NEEDLE_PHRASE, NEEDLE_WORD = '"zqxjuniper protocol"', "qvranticorridor"
FULL_SCALE = 100_000  # passages the scale targets are stated for

# Peer batch mode: one process, the peer's own search() for every stdin line.
PEER_LOOP = ("import sys; sys.path.insert(0, sys.argv[2]); from fts5_peer import search\n"
             "for q in sys.stdin.read().splitlines(): search(sys.argv[1], q)")
# 100 peer processes, one per stdin line, as a shell script would run them.
PEER_EACH = 'while IFS= read -r q; do "$1" "$2" search "$3" "$q" >/dev/null; done'
# Peer `add`: insert the passages kzpk cut from the new source file, in one process.
PEER_ADD = """import sqlite3, sys
from pathlib import Path
from kzpk.sources import read_source
s = read_source(Path(sys.argv[2]))
con = sqlite3.connect(sys.argv[1])
con.executemany("INSERT INTO p VALUES (?, ?, ?)", [(p.id, s.title, p.text) for p in s.passages])
con.commit()
"""
# Fallback for /usr/bin/time: run a command, print "seconds max_rss_kib" to a file.
RUSAGE_WRAPPER = """import resource, subprocess, sys, time
t = time.perf_counter(); rc = subprocess.run(sys.argv[2:]).returncode
t = time.perf_counter() - t
open(sys.argv[1], "w").write(f"{t} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}\\n")
sys.exit(rc)
"""


@dataclass
class Config:
    runs: int
    warmup: int
    batch_runs: int
    scale_runs: int
    docs: int
    paras: int
    hyperfine: str | None
    bin: Path
    batch_size: int = len(BATCH)
    records: Path = ROOT / "records"  # the corpus of the start-up part
    queries: int = len(QUERIES)  # start-up queries timed; fewer than all: two scale queries

    def _replace_warmup(self, warmup: int) -> "Config":
        import dataclasses

        return dataclasses.replace(self, warmup=warmup)

    @property
    def kzpk(self) -> str:
        return str(self.bin / "kzpk")

    @property
    def python(self) -> str:
        return str(self.bin / "python")


@dataclass
class Row:
    what: str
    kzpk: str
    peer: str = "—"
    ratio: str = "—"
    target: str = "—"
    result: str = "—"


@dataclass
class Report:
    startup: list[Row] = field(default_factory=list)
    scale: list[Row] = field(default_factory=list)
    scale_queries: list[Row] = field(default_factory=list)
    scale_title: str = ""
    notes: list[str] = field(default_factory=list)


class StepFailed(Exception):
    """A command the benchmark depends on failed; the message has the command and its stderr."""


@dataclass
class Measure:
    seconds: float
    rss_kib: int  # the largest single process, children included (/usr/bin/time %M)
    tree_pss_kib: int  # the whole process tree at once, shared pages counted once (sampled)


# --- running and timing -----------------------------------------------------------------------

def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def describe(argv: list) -> str:
    return shlex.join(str(a) for a in argv)


def run(argv: list, stdin: Path | None = None,
        ok: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess:
    """Run once from the checkout; raise StepFailed unless the exit code is in `ok`."""
    with open(stdin or os.devnull, "rb") as fin:
        proc = subprocess.run([str(a) for a in argv], stdin=fin, capture_output=True, text=True,
                              cwd=ROOT)
    if proc.returncode not in ok:
        raise StepFailed(f"`{describe(argv)}` exited {proc.returncode}: "
                         f"{proc.stderr.strip()[-1500:] or '(no stderr)'}")
    return proc


def time_runs(cfg: Config, argv: list, runs: int, stdin: Path | None = None) -> list[float]:
    """Wall seconds of `runs` whole-process runs of argv, after cfg.warmup untimed runs."""
    if cfg.hyperfine:
        return _hyperfine(cfg, argv, runs, stdin)
    with open(stdin or os.devnull, "rb") as fin:
        def once() -> float:
            fin.seek(0)
            start = time.perf_counter()
            subprocess.run([str(a) for a in argv], stdin=fin, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, cwd=ROOT)
            return time.perf_counter() - start
        for _ in range(cfg.warmup):
            once()
        return [once() for _ in range(runs)]


def time_pair(cfg: Config, a: list, b: list, runs: int) -> tuple[list[float], list[float]]:
    """Like time_runs for two commands, their runs alternating (a, b, a, b, ... after cfg.warmup
    untimed pairs): a load that comes and goes on a shared machine weighs on both alike, and
    the i-th runs of a and b make a pair whose ratio is taken (`paired_ratio`)."""
    single = cfg._replace_warmup(0)
    ta: list[float] = []
    tb: list[float] = []
    for i in range(cfg.warmup + runs):
        x, y = time_runs(single, a, 1), time_runs(single, b, 1)
        if i >= cfg.warmup:
            ta += x
            tb += y
    return ta, tb


def paired_ratio(ta: list[float], tb: list[float]) -> float:
    """The median of the runs' ratios, pair by pair (time_pair)."""
    return statistics.median(x / y for x, y in zip(ta, tb))


def _hyperfine(cfg: Config, argv: list, runs: int, stdin: Path | None) -> list[float]:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        command = describe(argv)
        # No shell (-N) unless stdin must be redirected; hyperfine then subtracts the shell's cost.
        mode = ["--shell=none"] if stdin is None else []
        if stdin is not None:
            command += " < " + shlex.quote(str(stdin))
        run([cfg.hyperfine, *mode, "--ignore-failure", "--style", "none", "--warmup",
             str(cfg.warmup), "--runs", str(runs), "--export-json", out.name, command])
        return json.loads(Path(out.name).read_text())["results"][0]["times"]


def measure_once(cfg: Config, argv: list) -> Measure:
    """One run with its wall time and peak memory, both per process and for the process tree
    (Whoosh's multiprocess writer forks, so the largest process alone can understate)."""
    with tempfile.TemporaryDirectory() as tmp:
        usage, err = Path(tmp) / "usage", Path(tmp) / "stderr"
        if GNU_TIME.exists():
            wrapped = [GNU_TIME, "-f", "%e %M", "-o", usage, *argv]
        else:
            wrapped = [cfg.python, "-c", RUSAGE_WRAPPER, usage, *argv]
        # Output goes to files, not pipes: nothing reads a pipe while we sample.
        with open(err, "w") as ferr:
            proc = subprocess.Popen([str(a) for a in wrapped], stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=ferr, cwd=ROOT)
            peak_pss = 0  # stays 0 for a run shorter than one interval
            while not _wait(proc, 0.1):
                peak_pss = max(peak_pss, sum(_pss_kib(p) for p in _process_tree(proc.pid)))
        if proc.returncode:
            raise StepFailed(f"`{describe(argv)}` exited {proc.returncode}: "
                             f"{err.read_text().strip()[-1500:] or '(no stderr)'}")
        seconds, rss = usage.read_text().split("\n")[-2].split()
        return Measure(float(seconds), int(rss), peak_pss)


def _wait(proc: subprocess.Popen, seconds: float) -> bool:
    """True once proc has exited, waiting up to `seconds`."""
    try:
        proc.wait(seconds)
        return True
    except subprocess.TimeoutExpired:
        return False


def _process_tree(pid: int) -> list[int]:
    """pid and its descendants, from /proc (empty once it has exited)."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    children = []
    for task in tasks:
        try:
            children += Path(f"/proc/{pid}/task/{task}/children").read_text().split()
        except OSError:
            pass
    return [pid, *(p for c in children for p in _process_tree(int(c)))]


def _pss_kib(pid: int) -> int:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0
    found = re.search(r"^Pss:\s+(\d+) kB", rollup, re.M)
    return int(found.group(1)) if found else 0


# --- formatting -------------------------------------------------------------------------------

def fmt_time(seconds: float) -> str:
    if seconds < 0.01:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def fmt_bytes(n: float) -> str:
    if not n:
        return "—"  # a process too short to be sampled
    return f"{n / 2**30:.2f} GiB" if n >= 2**30 else f"{n / 2**20:.1f} MiB"


def fmt_ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×" if a and b else "—"


def verdict(passed: bool, smoke: bool = False) -> str:
    text = "pass" if passed else "**miss**"
    return text + " (smoke scale)" if smoke else text


def percentile(samples: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def disk_usage(path: Path) -> int:
    """Bytes allocated on disk under path, like `du`."""
    files = [path] if path.is_file() else [Path(d) / f for d, _, fs in os.walk(path) for f in fs]
    return sum(f.stat().st_blocks * 512 for f in files)


# --- 1. start-up on the bundled corpus --------------------------------------------------------

def bench_startup(cfg: Config, work: Path, report: Report) -> None:
    home, db = work / "home", work / "peer.db"
    shutil.copytree(cfg.records, home / "records")
    log("bundled corpus: warming the index and building the FTS5 peer")
    run([cfg.kzpk, "--home", home, "index"])
    run([cfg.python, PEER, "build", db, home / "records"])

    for query in QUERIES[:cfg.queries]:
        kzpk = [cfg.kzpk, "--home", home, "search", query, "--format", "json"]
        peer = [cfg.python, PEER, "search", db, query]
        if not _checked(report, kzpk) or not _checked(report, peer):
            continue
        ks, ps = time_pair(cfg, kzpk, peer, cfg.runs)
        k, p, ratio = statistics.median(ks), statistics.median(ps), paired_ratio(ks, ps)
        log(f"  search {query!r}: kzpk {fmt_time(k)}, peer {fmt_time(p)}, pairs' ratio {ratio:.2f}")
        report.startup.append(Row(f"`search {query}`", fmt_time(k), fmt_time(p), f"{ratio:.2f}×",
                                  "≤ 3× peer", verdict(ratio <= 3)))

    version = statistics.median(time_runs(cfg, [cfg.kzpk, "--version"], cfg.runs))
    log(f"  --version: {fmt_time(version)}")
    report.startup.append(Row("`kzpk --version`", fmt_time(version), target="≤ 60 ms",
                              result=verdict(version <= 0.060)))
    _bench_batch(cfg, work, home, db, report)


def _checked(report: Report, argv: list, stdin: Path | None = None) -> bool:
    """Run once before timing: exit 1 (nothing found) is noted, an error is noted and skipped."""
    try:
        if run(argv, stdin, ok=(0, 1)).returncode == 1:
            report.notes.append(f"`{describe(argv)}` found nothing (exit 1); timed anyway.")
        return True
    except StepFailed as e:
        report.notes.append(f"{e} — not timed.")
        return False


def _bench_batch(cfg: Config, work: Path, home: Path, db: Path, report: Report) -> None:
    queries = work / "batch.txt"
    batch = BATCH[:cfg.batch_size]
    queries.write_text("\n".join(batch) + "\n")
    n = len(batch)
    kzpk = [cfg.kzpk, "--home", home, "search", "-", "--format", "jsonl"]
    if not _checked(report, kzpk, queries):
        return
    k = statistics.median(time_runs(cfg, kzpk, cfg.batch_runs, stdin=queries)) / n
    each = statistics.median(time_runs(cfg, ["sh", "-c", PEER_EACH, "sh", cfg.python, PEER, db],
                                       cfg.batch_runs, stdin=queries)) / n
    loop = statistics.median(time_runs(cfg, [cfg.python, "-c", PEER_LOOP, db, BENCH],
                                       cfg.batch_runs, stdin=queries)) / n
    log(f"  batch per query: kzpk {fmt_time(k)}, peer runs {fmt_time(each)}, "
        f"peer loop {fmt_time(loop)}")
    report.startup += [
        Row(f"batch `search -`, {n} queries, per query vs {n} peer processes", fmt_time(k),
            fmt_time(each), fmt_ratio(k, each), "≤ 1× peer", verdict(k <= each)),
        Row(f"batch `search -`, {n} queries, per query vs a peer loop in one process",
            fmt_time(k), fmt_time(loop), fmt_ratio(k, loop), "≤ 1× peer", verdict(k <= loop)),
    ]


# --- 2. scale ---------------------------------------------------------------------------------

def bench_scale(cfg: Config, work: Path, report: Report) -> None:
    corpus, home, db = work / "corpus", work / "scale-home", work / "scale.db"
    log(f"scale: generating {cfg.docs} + 1 documents of {cfg.paras} paragraphs")
    # One document more than asked, held back for the `add` measurement.
    run([cfg.python, MAKE_CORPUS, corpus, "--docs", cfg.docs + 1, "--paras", cfg.paras])
    files = sorted(corpus.glob("*.txt"))
    extra = files.pop()
    home.mkdir()

    log(f"  kzpk add of {len(files)} files")
    imported = sum(measure_once(cfg, [cfg.kzpk, "--home", home, "add", *chunk]).seconds
                   for chunk in _arg_chunks(files))
    log("  kzpk index --rebuild")
    build = measure_once(cfg, [cfg.kzpk, "--home", home, "index", "--rebuild"])
    log("  FTS5 peer build")
    peer_build = measure_once(cfg, [cfg.python, PEER, "build", db, home / "records"])
    with sqlite3.connect(db) as con:
        passages = con.execute("SELECT count(*) FROM p").fetchone()[0]
    smoke = passages < FULL_SCALE
    report.scale_title = (f"{cfg.docs} documents × {cfg.paras} paragraphs = {passages:,} passages"
                          + (" (smoke scale: targets are for 100,000)" if smoke else ""))
    report.scale += [
        Row(f"import: `kzpk add` of {len(files)} files", fmt_time(imported)),
        Row("full build (`index --rebuild` / peer `build`)", fmt_time(build.seconds),
            fmt_time(peer_build.seconds), fmt_ratio(build.seconds, peer_build.seconds), "≤ 60 s",
            verdict(build.seconds <= 60, smoke)),
        Row("peak memory while building: largest process (RSS)",
            fmt_bytes(build.rss_kib * 1024), fmt_bytes(peer_build.rss_kib * 1024),
            fmt_ratio(build.rss_kib, peer_build.rss_kib), "≤ 1 GiB",
            verdict(build.rss_kib <= 2**20, smoke)),
        Row("peak memory while building: all processes (PSS, sampled every 0.1 s)",
            fmt_bytes(build.tree_pss_kib * 1024), fmt_bytes(peer_build.tree_pss_kib * 1024),
            fmt_ratio(build.tree_pss_kib, peer_build.tree_pss_kib), "≤ 1 GiB",
            verdict(build.tree_pss_kib <= 2**20, smoke)),
    ]
    _scale_queries(cfg, home, db, report, smoke)
    _needles(cfg, home, db, report)
    _add_one(cfg, home, db, extra, report, smoke)
    index, peer_db = disk_usage(home / "index"), disk_usage(db)
    report.scale.append(Row("size on disk (`index/` / DB)", fmt_bytes(index), fmt_bytes(peer_db),
                            fmt_ratio(index, peer_db)))


def _arg_chunks(files: list[Path]) -> list[list[Path]]:
    """Split a file list so each command line stays well under the system's ARG_MAX."""
    budget, chunks, size = os.sysconf("SC_ARG_MAX") // 4, [[]], 0
    for f in files:
        if chunks[-1] and size + len(str(f)) + 1 > budget:
            chunks.append([])
            size = 0
        chunks[-1].append(f)
        size += len(str(f)) + 1
    return chunks


def _scale_queries(cfg: Config, home: Path, db: Path, report: Report, smoke: bool) -> None:
    all_k, all_p = [], []
    for kind, query in (SCALE_QUERIES if cfg.queries >= len(QUERIES) else SCALE_QUERIES[::5]):
        kzpk = [cfg.kzpk, "--home", home, "search", query, "--format", "json"]
        peer = [cfg.python, PEER, "search", db, query]
        if not _checked(report, kzpk) or not _checked(report, peer):
            continue
        k, p = time_runs(cfg, kzpk, cfg.scale_runs), time_runs(cfg, peer, cfg.scale_runs)
        all_k += k
        all_p += p
        mk, mp = statistics.median(k), statistics.median(p)
        log(f"  search {query!r}: kzpk {fmt_time(mk)}, peer {fmt_time(mp)}")
        report.scale_queries.append(Row(f"{kind}: `{query}`", fmt_time(mk), fmt_time(mp),
                                        fmt_ratio(mk, mp)))
    if not all_k:
        return
    p50k, p50p = percentile(all_k, 50), percentile(all_p, 50)
    p95k, p95p = percentile(all_k, 95), percentile(all_p, 95)
    report.scale += [
        Row(f"query p50, whole process ({len(all_k)} runs of {len(report.scale_queries)} queries)",
            fmt_time(p50k), fmt_time(p50p), fmt_ratio(p50k, p50p), "≤ 200 ms",
            verdict(p50k <= 0.200, smoke)),
        Row("query p95, whole process", fmt_time(p95k), fmt_time(p95p), fmt_ratio(p95k, p95p)),
    ]


def _needles(cfg: Config, home: Path, db: Path, report: Report) -> None:
    """The phrase needle's passage (document 1234) ranks first; every word needle is found."""
    def ids(argv: list, key) -> list[str]:
        try:
            return [key(r) for r in json.loads(run(argv, ok=(0, 1)).stdout)["results"]]
        except (StepFailed, ValueError, KeyError) as e:
            report.notes.append(f"needle search failed: {e}")
            return []

    def kzpk(q: str) -> list[str]:
        return ids([cfg.kzpk, "--home", home, "search", q, "--format", "json"],
                   lambda r: r["source"]["id"] if r.get("source") else r["id"])

    def peer(q: str) -> list[str]:
        return ids([cfg.python, PEER, "search", db, q], lambda r: r["id"])

    def first(found: list[str]) -> str:
        if found and re.search(r"(?<!\d)1234(?!\d)", found[0]):
            return "rank 1"
        return f"first: {found[0] if found else 'nothing'}"

    if cfg.docs > 1234:
        k, p = first(kzpk(NEEDLE_PHRASE)), first(peer(NEEDLE_PHRASE))
        report.scale.append(Row(f"needle `{NEEDLE_PHRASE}`: document 1234 first", k, p,
                                target="rank 1", result=verdict(k == "rank 1")))
    else:
        report.notes.append(f"needle `{NEEDLE_PHRASE}` not planted: fewer than 1235 documents.")
    expected = math.ceil(cfg.docs / 1000)  # documents 0, 1000, 2000, ...
    k, p = len(kzpk(NEEDLE_WORD)), len(peer(NEEDLE_WORD))
    report.scale.append(Row(f"needle `{NEEDLE_WORD}`: passages found", str(k), str(p),
                            target=f"{expected} found", result=verdict(k >= expected)))


def _add_one(cfg: Config, home: Path, db: Path, extra: Path, report: Report, smoke: bool) -> None:
    sources = home / "records" / "sources"
    before = set(sources.iterdir())
    try:
        k = measure_once(cfg, [cfg.kzpk, "--home", home, "add", extra]).seconds
        new = sorted(set(sources.iterdir()) - before)
        if len(new) != 1:
            raise StepFailed(f"`kzpk add {extra.name}` wrote {len(new)} source files, not 1")
        p = measure_once(cfg, [cfg.python, "-c", PEER_ADD, db, new[0]]).seconds
    except StepFailed as e:
        report.notes.append(f"add of one document: {e}")
        return
    report.scale.append(Row("`add` of one more document", fmt_time(k), fmt_time(p),
                            fmt_ratio(k, p), "≤ 2 s", verdict(k <= 2, smoke)))


# --- 3. the report ----------------------------------------------------------------------------

def machine(cfg: Config) -> list[str]:
    mem_kib = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    python = run([cfg.python, "--version"]).stdout.strip()
    version = run([cfg.kzpk, "--version"]).stdout.strip()
    bare = statistics.median(time_runs(cfg, [cfg.python, "-c", "pass"], cfg.runs))
    timer = run([cfg.hyperfine, "--version"]).stdout.strip() if cfg.hyperfine else \
        "own harness (hyperfine not found)"
    git = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True,
                         text=True, cwd=ROOT).stdout.strip() or "not a git checkout"
    return [
        f"- Date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"- Machine: {len(os.sched_getaffinity(0))} cores (`nproc`), "
        f"{mem_kib / 2**20:.1f} GiB memory (MemTotal); load average at the start "
        f"{' / '.join(f'{x:.1f}' for x in os.getloadavg())} (1 / 5 / 15 min: other work "
        "slows every process, kzpk and the peer alike)",
        f"- {python} ({cfg.python}); interpreter start-up alone (`python -c pass`): "
        f"{fmt_time(bare)}",
        f"- {version} at {git}; timing: {timer}; peak memory: "
        f"{'/usr/bin/time %M' if GNU_TIME.exists() else 'getrusage(RUSAGE_CHILDREN)'} "
        "and PSS samples from /proc",
        f"- Runs per measurement: {cfg.runs} (start-up), {cfg.batch_runs} (batch), "
        f"{cfg.scale_runs} per query (scale), after {cfg.warmup} warm-up run(s); medians",
    ]


def table(rows: list[Row], header: tuple[str, ...]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        cells = [r.what, r.kzpk, r.peer, r.ratio, r.target, r.result][:len(header)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _earlier_scale(path: Path) -> list[str]:
    """The scale section of an earlier results file, kept when only start-up was measured."""
    try:
        text = path.read_text()
    except OSError:
        return []
    start = text.find("## Scale: ")
    if start < 0:
        return []
    end = text.find("\n## Notes", start)
    when = re.search(r"^- Date: (\S+)", text, re.M)
    kept = text[start:end if end >= 0 else len(text)].rstrip().split("\n")
    return [kept[0] + f" (kept from the run of {when.group(1) if when else 'an earlier date'})",
            *kept[1:], ""]


def render(header: list[str], report: Report, skip_scale: bool, earlier: list[str] = ()) -> str:
    full = ("Measurement", "kzpk", "FTS5 peer", "kzpk/peer", "Target", "Result")
    lines = ["# kzpk benchmark", "", "Produced by `bench/run.py`; see `bench/README.md`.", "",
             *header, "", "## Start-up on the bundled corpus (warm index, whole process)",
             "", *table(report.startup, full), ""]
    if not skip_scale:
        lines += [f"## Scale: {report.scale_title}", "", *table(report.scale, full), "",
                  "### Scale queries (median per query, whole process)", "",
                  *table(report.scale_queries, full[:4]), ""]
    else:
        lines += list(earlier)
    if report.notes:
        lines += ["## Notes", "", *(f"- {n}" for n in report.notes), ""]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true",
                    help="small corpus and few runs: a smoke test under a minute")
    ap.add_argument("--skip-scale", action="store_true", help="only the bundled-corpus start-up")
    ap.add_argument("--docs", type=int, help="synthetic documents (default 2000, quick 20)")
    ap.add_argument("--paras", type=int, help="paragraphs per document (default 50, quick 5)")
    ap.add_argument("--records", type=Path, default=ROOT / "records",
                    help="records/ folder for the start-up part (default: the bundled corpus)")
    ap.add_argument("--runs", type=int, help="runs per start-up measurement (default 20, quick 3)")
    ap.add_argument("--out", type=Path, help="also write the Markdown table to this file")
    ap.add_argument("--write", action="store_true",
                    help="write the committed bench/results.md (never done without it)")
    ap.add_argument("--no-hyperfine", action="store_true", help="use the built-in harness")
    args = ap.parse_args()
    # Time what a user runs: byte-compiled modules cached, as pip installs them.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

    venv = ROOT / ".venv" / "bin"
    bin_dir = venv if (venv / "kzpk").exists() else Path(sys.executable).parent
    if not (bin_dir / "kzpk").exists():
        sys.exit(f"error: no kzpk next to {bin_dir / 'python'}; install it in .venv first")
    hyperfine = None if args.no_hyperfine else shutil.which("hyperfine")
    if not args.skip_scale and not MAKE_CORPUS.is_file():
        log(f"note: {MAKE_CORPUS} not found (it comes with shared/); scale part skipped")
        args.skip_scale = True
    quick = args.quick
    if args.out is not None and args.out.resolve() == (BENCH / "results.md").resolve() \
            and not args.write:
        sys.exit("error: bench/results.md is committed; pass --write to replace it")
    runs = args.runs or (3 if quick else 20)
    cfg = Config(runs=runs, warmup=0 if runs == 1 else (1 if quick else 3), batch_runs=min(runs, 2 if quick else 5),
                 scale_runs=min(runs, 2 if quick else 5), docs=args.docs or (20 if quick else 2000),
                 paras=args.paras or (5 if quick else 50), hyperfine=hyperfine, bin=bin_dir,
                 batch_size=10 if quick else len(BATCH), records=args.records,
                 queries=2 if quick else len(QUERIES))

    report, failed, header = Report(), False, machine(cfg)
    with tempfile.TemporaryDirectory(prefix="kzpk-bench-") as tmp:
        work = Path(tmp)
        sections = [("start-up", bench_startup)]
        if not args.skip_scale:
            sections.append(("scale", bench_scale))
        for name, section in sections:
            try:
                section(cfg, work, report)
            except StepFailed as e:
                report.notes.append(f"{name} stopped: {e}")
                log(f"error: {e}")
                failed = True
        earlier = _earlier_scale(BENCH / "results.md") if args.write and args.skip_scale else []
        text = render(header, report, args.skip_scale, earlier)
    for out in [args.out] * (args.out is not None) + [BENCH / "results.md"] * args.write:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
        log(f"wrote {out}")
    print(text)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
