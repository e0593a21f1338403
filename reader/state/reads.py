"""The state's queries that only read, on any connection to the file.

State runs them under its lock; reader.state.glance runs the first screen's on a
read-only connection before the state is opened for writing.
"""

from __future__ import annotations

import sqlite3

from reader.state.records import (
    BOOKMARK_COLUMNS,
    POSITION_COLUMNS,
    Bookmark,
    Position,
    bookmark,
    position,
)


def read_ids(c: sqlite3.Connection, edition_id: str) -> set[str]:
    rows = c.execute("SELECT item_id FROM read_marks WHERE edition_id = ?", (edition_id,))
    return {r[0] for r in rows}


def all_read_ids(c: sqlite3.Connection) -> dict[str, set[str]]:
    """Every edition's read marks."""
    marks: dict[str, set[str]] = {}
    for edition_id, item_id in c.execute("SELECT edition_id, item_id FROM read_marks"):
        marks.setdefault(edition_id, set()).add(item_id)
    return marks


def get_position(c: sqlite3.Connection, edition_id: str) -> Position | None:
    row = c.execute(
        f"SELECT {POSITION_COLUMNS} FROM positions WHERE edition_id = ?", (edition_id,)
    ).fetchone()
    return None if row is None else position(row)


def all_positions(c: sqlite3.Connection) -> dict[str, Position]:
    """Where reading stopped in every edition read."""
    rows = c.execute(f"SELECT {POSITION_COLUMNS} FROM positions")
    return {p.edition_id: p for p in map(position, rows)}


def opened_ids(c: sqlite3.Connection) -> set[str]:
    """The editions ever opened: each has a position from its first article shown."""
    return {r[0] for r in c.execute("SELECT edition_id FROM positions")}


def last_position(c: sqlite3.Connection) -> Position | None:
    """The position saved most recently, in any edition: where to resume on start."""
    row = c.execute(
        f"SELECT {POSITION_COLUMNS} FROM positions ORDER BY updated_at DESC, rowid DESC LIMIT 1"
    ).fetchone()
    return None if row is None else position(row)


def bookmarks(c: sqlite3.Connection, edition_id: str | None = None) -> list[Bookmark]:
    """Bookmarks newest first, across editions or in one."""
    where, args = ("WHERE edition_id = ?", (edition_id,)) if edition_id else ("", ())
    rows = c.execute(
        f"SELECT {BOOKMARK_COLUMNS} FROM bookmarks {where} ORDER BY created_at DESC, id DESC",
        args,
    )
    return [bookmark(r) for r in rows]


def edition_paths(c: sqlite3.Connection) -> dict[str, set[str]]:
    """The edition files each edition was read or bookmarked in, by edition id."""
    rows = c.execute(
        "SELECT edition_id, edition_path FROM positions WHERE edition_path IS NOT NULL "
        "UNION SELECT edition_id, edition_path FROM bookmarks WHERE edition_path IS NOT NULL"
    )
    paths: dict[str, set[str]] = {}
    for edition_id, path in rows:
        paths.setdefault(edition_id, set()).add(path)
    return paths
