"""What the part-read places cost the reading state (prints figures; not a timed test).

    python -m tests.bench.state_bench [PLACES]

A state file of schema 1 with ten years of read marks (3,650 editions, ten marks each) is
opened, which upgrades it; then PLACES articles are left part-read (10,000 by default:
several a day for years, none read to its end since) and read back as a session's load
does, on the state's thread once the first frame is painted (reader.reading).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from reader.state import MIGRATIONS, State, migrate

EDITIONS, MARKS = 3650, 10


def main() -> int:
    places = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "state.sqlite3"
        db = sqlite3.connect(path, isolation_level=None)
        migrate(db, MIGRATIONS[:1])
        at = "2026-01-01T00:00:00.000000+00:00"
        rows = ((f"ed-{e}", f"p{i}", at) for e in range(EDITIONS) for i in range(MARKS))
        db.execute("BEGIN")
        db.executemany("INSERT INTO read_marks VALUES (?, ?, ?)", rows)
        db.execute("COMMIT")
        db.close()
        t0 = time.perf_counter()
        state = State.open(path)
        upgraded = time.perf_counter() - t0
        for n in range(places):
            state.leave(f"ed-{n // 3}", f"p{n % 3}", leaf="body.4", scroll=17)
        t0 = time.perf_counter()
        left = state.all_left()
        read = time.perf_counter() - t0
        state.close()
    marks = EDITIONS * MARKS
    print(f"opening a schema-1 file of {marks:,} read marks, upgraded: {upgraded * 1e3:.1f} ms")
    print(f"reading {len(left):,} part-read places: {read * 1e3:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
