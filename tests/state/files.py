"""State files built by hand, as an older or another program would leave them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.state import MIGRATIONS, migrate

ED = "kj-2026-02-04"
ED2 = "kj-2026-02-05"


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def make_db(path: Path, version: int, journal: str = "wal") -> None:
    """A state file built by the first ``version`` migrations, with one read mark."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = raw(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    migrate(conn, MIGRATIONS[:version])
    if version >= 1:
        conn.execute("INSERT INTO read_marks VALUES (?, ?, ?)", (ED, "p1-a1", "2026"))
    conn.close()
