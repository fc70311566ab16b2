"""Every test runs the real `kzpk` in a fresh interpreter against a home in a temp folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

SOURCE = """\
---
id: test-source
title: A Test Report on Kazakhstan and Pakistan
date: "2022-05-09"
kind: news
---
A Test Report on Kazakhstan and Pakistan

On 9th May 2022, a roundtable on trade was held in Islamabad. Ambassador Yerzhan Kistafin opened it.

Bilateral trade reached $138 million in 2023, according to the speakers. The Islamabad Policy Research Institute (IPRI) hosted a session on railways.

President Pervez Musharraf attended the CICA summit in Almaty on 4 June 2002.
"""

RECORDS = """\
- id: yerzhan-kistafin
  type: person
  name: Yerzhan Kistafin
  aliases: [Kistafin]
  roles:
    - title: Ambassador
      source: test-source
      passage: "test-source#p1"
      quote: Ambassador Yerzhan Kistafin opened it.
  sources:
    - {source: test-source, passage: "test-source#p1", quote: Ambassador Yerzhan Kistafin}
- id: pervez-musharraf
  type: person
  name: Pervez Musharraf
  aliases: [Musharraf]
  sources:
    - {source: test-source, passage: "test-source#p3", quote: President Pervez Musharraf}
- id: ipri
  type: organization
  name: Islamabad Policy Research Institute
  aliases: [IPRI]
  acronym: IPRI
  sources:
    - {source: test-source, passage: "test-source#p2", quote: The Islamabad Policy Research Institute (IPRI)}
- id: 2022-05-09-trade-roundtable
  type: event
  date: "2022-05-09"
  date_precision: day
  title: Trade roundtable in Islamabad
  summary: A meeting on commerce, opened by Kazakhstan's ambassador.
  actors: [yerzhan-kistafin]
  topics: [trade]
  sources:
    - {source: test-source, passage: "test-source#p1", quote: "On 9th May 2022, a roundtable on trade was held in Islamabad."}
- id: 2002-06-04-cica-summit
  type: event
  date: "2002-06-04"
  date_precision: day
  title: First CICA summit
  summary: Musharraf took part in the summit of the Asian confidence-building conference.
  actors: [pervez-musharraf]
  topics: [multilateral]
  sources:
    - {source: test-source, passage: "test-source#p3", quote: attended the CICA summit in Almaty on 4 June 2002}
- id: trade-volume-2023
  type: fact
  subject: [yerzhan-kistafin]
  statement: Two-way commerce came to $138 million in 2023.
  value: 138000000
  unit: USD
  date: "2023"
  topics: [trade]
  sources:
    - {source: test-source, passage: "test-source#p2", quote: Bilateral trade reached $138 million in 2023}
"""


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def run_kzpk(home: Path | None, *args: str, stdin: str | None = None, env: dict | None = None,
             timeout: float = 120) -> Result:
    full_env = {k: v for k, v in os.environ.items() if k not in ("KZPK_HOME", "FORCE_COLOR")}
    full_env["COLUMNS"] = "120"
    if home is not None:
        full_env["KZPK_HOME"] = str(home)
    full_env.update(env or {})
    p = subprocess.run([sys.executable, "-m", "kzpk", *args], input=stdin, capture_output=True,
                       text=True, env=full_env, timeout=timeout, cwd=home or REPO)
    return Result(p.returncode, p.stdout, p.stderr)


def make_home(root: Path, source: str = SOURCE, records: str = RECORDS) -> Path:
    (root / "records" / "sources").mkdir(parents=True)
    (root / "records" / "sources" / "test-source.md").write_text(source, encoding="utf-8")
    (root / "records" / "test.yaml").write_text(records, encoding="utf-8")
    return root


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return make_home(tmp_path / "home")


@pytest.fixture
def kz(home: Path):
    def call(*args: str, **kw) -> Result:
        return run_kzpk(home, *args, **kw)

    return call


@pytest.fixture(scope="session")
def real_home(tmp_path_factory) -> Path:
    """A copy of the project's own records, indexed once for the whole session."""
    root = tmp_path_factory.mktemp("real") / "home"
    shutil.copytree(REPO / "records", root / "records")
    r = run_kzpk(root, "index")
    assert r.code == 0, r.err
    return root


@pytest.fixture
def real(real_home: Path):
    def call(*args: str, **kw) -> Result:
        return run_kzpk(real_home, *args, **kw)

    return call


def dedent(text: str) -> str:
    return textwrap.dedent(text)
