"""The peer a user would write in ten minutes: SQLite FTS5 with bm25 over the same passages.

    python bench/fts5_peer.py build DB RECORDS_DIR     # index every passage kzpk indexes
    python bench/fts5_peer.py search DB "query words"  # top 10 as JSON, like kzpk --format json
"""
import json
import re
import sqlite3
import sys


def build(db, records_dir):
    sys.path.insert(0, ".")
    from pathlib import Path

    from kzpk.sources import load_sources  # the same passages kzpk sees, so the race is fair

    con = sqlite3.connect(db)
    con.execute("DROP TABLE IF EXISTS p")
    con.execute("CREATE VIRTUAL TABLE p USING fts5(id UNINDEXED, title, text, tokenize='porter')")
    rows = ((p.id, s.title, p.text) for s in load_sources(Path(records_dir)) for p in s.passages)
    con.executemany("INSERT INTO p VALUES (?, ?, ?)", rows)
    con.commit()


def search(db, query):
    con = sqlite3.connect(db)
    words = re.findall(r"\w+", query)
    match = " OR ".join(f'"{w}"' for w in words)  # natural questions: any word may match
    rows = con.execute("SELECT id, title, text, bm25(p) FROM p WHERE p MATCH ? ORDER BY bm25(p)"
                       " LIMIT 10", (match,)).fetchall() if words else []
    out = [{"rank": i, "id": r[0], "title": r[1], "text": r[2], "score": -r[3]}
           for i, r in enumerate(rows, 1)]
    print(json.dumps({"query": query, "results": out}))
    return 0 if out else 1


if __name__ == "__main__":
    cmd, db, arg = sys.argv[1:4]
    sys.exit(build(db, arg) if cmd == "build" else search(db, arg))
