"""The state's queries that only read, on any connection to the file.

State runs them under its lock; reader.state.glance runs the first screen's on a
read-only connection before the state is opened for writing. A row that cannot be read
(a time or offset another program wrote, a blob for a text) is passed over, and left in the file:
`stored` counts every row, so the reader can tell how many were passed over.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from reader.state.records import (
    BOOKMARK_COLUMNS,
    LEFT_COLUMNS,
    POSITION_COLUMNS,
    Bookmark,
    Position,
    bookmark,
    path_text,
    position,
)

T = TypeVar("T")


def _readable(make: Callable[[tuple[Any, ...]], T], rows: Iterable[tuple[Any, ...]]) -> Iterator[T]:
    for row in rows:
        try:
            yield make(row)
        except (ValueError, TypeError):
            continue


def read_ids(c: sqlite3.Connection, edition_id: str) -> set[str]:
    rows = c.execute("SELECT item_id FROM read_marks WHERE edition_id = ?", (edition_id,))
    return {r[0] for r in rows if isinstance(r[0], str)}


def all_read_ids(c: sqlite3.Connection) -> dict[str, set[str]]:
    """Every edition's read marks."""
    marks: dict[str, set[str]] = {}
    for edition_id, item_id in c.execute("SELECT edition_id, item_id FROM read_marks"):
        if isinstance(edition_id, str) and isinstance(item_id, str):
            marks.setdefault(edition_id, set()).add(item_id)
    return marks


def get_position(c: sqlite3.Connection, edition_id: str) -> Position | None:
    rows = c.execute(
        f"SELECT {POSITION_COLUMNS} FROM positions WHERE edition_id = ?", (edition_id,)
    )
    return next(_readable(position, rows), None)


def all_positions(c: sqlite3.Connection) -> dict[str, Position]:
    """Where reading stopped in every edition read."""
    rows = c.execute(f"SELECT {POSITION_COLUMNS} FROM positions")
    return {p.edition_id: p for p in _readable(position, rows)}


def all_left(c: sqlite3.Connection) -> dict[tuple[str, str], Position]:
    """Where each article left part-read was left, by (edition, article)."""
    rows = c.execute(f"SELECT {LEFT_COLUMNS} FROM left_places")
    return {(p.edition_id, p.item_id): p for p in _readable(position, rows) if p.item_id}


def opened_ids(c: sqlite3.Connection) -> set[str]:
    """The editions ever opened: each has a position from its first article shown."""
    return {r[0] for r in c.execute("SELECT edition_id FROM positions") if isinstance(r[0], str)}


def last_position(c: sqlite3.Connection) -> Position | None:
    """The position saved most recently, in any edition: where to resume on start."""
    rows = c.execute(
        f"SELECT {POSITION_COLUMNS} FROM positions ORDER BY updated_at DESC, rowid DESC"
    )
    return next(_readable(position, rows), None)


def bookmarks(c: sqlite3.Connection, edition_id: str | None = None) -> list[Bookmark]:
    """Bookmarks newest first, across editions or in one."""
    where, args = ("WHERE edition_id = ?", (edition_id,)) if edition_id else ("", ())
    rows = c.execute(
        f"SELECT {BOOKMARK_COLUMNS} FROM bookmarks {where} ORDER BY created_at DESC, id DESC",
        args,
    )
    return list(_readable(bookmark, rows))


def edition_paths(c: sqlite3.Connection) -> dict[str, set[str]]:
    """The edition files each edition was read or bookmarked in, by edition id."""
    rows = c.execute(
        "SELECT edition_id, edition_path FROM positions WHERE edition_path IS NOT NULL "
        "UNION SELECT edition_id, edition_path FROM bookmarks WHERE edition_path IS NOT NULL"
    )
    paths: dict[str, set[str]] = {}
    for edition_id, path in rows:
        if isinstance(edition_id, str) and path_text(path):
            paths.setdefault(edition_id, set()).add(path)
    return paths


def stored(c: sqlite3.Connection) -> int:
    """The positions and bookmarks the file holds, readable or not: less those the reads
    above return, the rows passed over."""
    row = c.execute("SELECT (SELECT count(*) FROM positions) + (SELECT count(*) FROM bookmarks)")
    return int(row.fetchone()[0])
