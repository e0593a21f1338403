"""The state file's tables, versioned with ``PRAGMA user_version``, and their upgrades.

Migration n (1-based) takes a file from version n-1 to n. ``migrate`` runs the
missing ones in one transaction, so a file is never left half upgraded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Migration = Callable[[sqlite3.Connection], None]


def _sql(*statements: str) -> Migration:
    # executescript() would COMMIT first; statements one by one stay in our transaction.
    def step(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return step


MIGRATIONS: list[Migration] = [
    # 1
    _sql(
        """CREATE TABLE read_marks (
            edition_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            read_at TEXT NOT NULL,
            PRIMARY KEY (edition_id, item_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE positions (
            edition_id TEXT PRIMARY KEY,
            edition_path TEXT,
            item_id TEXT,
            leaf TEXT,
            scroll REAL NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX positions_by_time ON positions (updated_at)",
        # leaf '' rather than NULL: NULLs never collide in a UNIQUE constraint.
        """CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY,
            edition_id TEXT NOT NULL,
            edition_path TEXT,
            item_id TEXT NOT NULL,
            leaf TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (edition_id, item_id, leaf)
        )""",
        "CREATE INDEX bookmarks_by_time ON bookmarks (created_at)",
    ),
    # 2: where each article was left part-read, so that it opens there in a later session
    # too (positions keep only the article open last in each edition).
    _sql(
        """CREATE TABLE left_places (
            edition_id TEXT NOT NULL,
            item_id TEXT NOT NULL,
            leaf TEXT,
            scroll REAL NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (edition_id, item_id)
        ) WITHOUT ROWID""",
    ),
]


class TooNew(Exception):
    """A file from a newer broadsheet; its version is ``args[0]``."""


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema up to ``len(migrations)`` in one transaction; return the old version.

    Raises TooNew for a file of a later version, which is left as it is.
    """
    latest = len(migrations)
    found = user_version(conn)
    if found > latest:
        raise TooNew(found)
    if found == latest:
        return found
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = user_version(conn)  # again under the write lock: another process may have won
        for step in migrations[found:]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {latest}")
        conn.execute("COMMIT")
    except BaseException:
        rollback(conn)
        raise
    return found


def rollback(conn: sqlite3.Connection) -> None:
    """End the open transaction, if any, quietly: the error that got us here is the one
    worth reporting."""
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
