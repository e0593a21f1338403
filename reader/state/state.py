"""State: read marks, resume positions, articles left part-read and bookmarks, each change
its own transaction."""

from __future__ import annotations

import math
import os
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from reader.errors import StateWarning
from reader.state import reads
from reader.state.diagnosis import Damaged, MigrationFailed, cause, explain, is_damage
from reader.state.opening import DEFAULT_TIMEOUT, memory, open_file, snapshot
from reader.state.paths import state_path
from reader.state.records import BOOKMARK_COLUMNS, Bookmark, Position, bookmark, iso
from reader.state.runner import Runner
from reader.state.schema import MIGRATIONS, Migration, TooNew

PLACES_KEPT = timedelta(days=90)
"""How long an article's part-read place outlives the last opening of its edition."""


def _now() -> datetime:
    return datetime.now(UTC)


class State(Runner):
    """Read marks, positions, articles left part-read and bookmarks. Each change is its
    own transaction.

    Open with ``State.open()``; use as a context manager or call ``close()``.
    Safe to call from Textual workers: one lock guards the connection.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        persistent: bool,
        warning: StateWarning | None = None,
        clock: Callable[[], datetime] = _now,
        migrations: Sequence[Migration] = MIGRATIONS,
    ):
        super().__init__(conn, path, persistent=persistent, warning=warning, migrations=migrations)
        self._clock = clock

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        strict: bool = False,
        clock: Callable[[], datetime] = _now,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> State:
        """Open the state file (default ``state_path()``), creating or upgrading it.

        On failure returns an in-memory state with ``warning`` set, or raises
        the StateWarning when ``strict``.
        """
        p = Path(path) if path is not None else state_path()
        try:
            conn = open_file(p, timeout, migrations)
        except (sqlite3.Error, OSError, TooNew, Damaged, MigrationFailed) as e:
            warning = StateWarning(p, explain(e, len(migrations)), cause(e, len(migrations)))
            if strict:
                raise warning from None
            copy = None if is_damage(e) else snapshot(p, migrations)
            mem = copy or memory(migrations)
            return cls(
                mem, p, persistent=False, warning=warning, clock=clock, migrations=migrations
            )
        return cls(conn, p, persistent=True, clock=clock, migrations=migrations)

    # --- read marks ------------------------------------------------------------

    def mark_read(self, edition_id: str, item_id: str) -> None:
        _check_ids(edition_id, item_id)
        at = self._stamp()
        self._write(
            lambda c: c.execute(
                "INSERT INTO read_marks VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                (edition_id, item_id, at),
            )
        )

    def mark_unread(self, edition_id: str, item_id: str) -> None:
        _check_ids(edition_id, item_id)
        self._write(
            lambda c: c.execute(
                "DELETE FROM read_marks WHERE edition_id = ? AND item_id = ?",
                (edition_id, item_id),
            )
        )

    def read_ids(self, edition_id: str) -> set[str]:
        return self._read(partial(reads.read_ids, edition_id=edition_id))

    def all_read_ids(self) -> dict[str, set[str]]:
        """Every edition's read marks."""
        return self._read(reads.all_read_ids)

    # --- positions -------------------------------------------------------------

    def set_position(
        self,
        edition_id: str,
        item_id: str | None = None,
        *,
        leaf: str | None = None,
        scroll: float = 0.0,
        edition_path: str | os.PathLike[str] | None = None,
    ) -> None:
        """Remember where reading stopped in this edition (and that it was the last one read).

        ``edition_path`` None keeps the path stored before.
        """
        if not edition_id:
            raise ValueError("edition_id must not be empty")
        scroll = float(scroll)
        if not math.isfinite(scroll) or scroll < 0:
            raise ValueError(f"scroll must be a finite offset >= 0, got {scroll!r}")
        stored_path = None if edition_path is None else os.path.abspath(edition_path)
        at = self._stamp()
        self._write(
            lambda c: c.execute(
                """INSERT INTO positions VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (edition_id) DO UPDATE SET
                    edition_path = coalesce(excluded.edition_path, positions.edition_path),
                    item_id = excluded.item_id, leaf = excluded.leaf,
                    scroll = excluded.scroll, updated_at = excluded.updated_at""",
                (edition_id, stored_path, item_id, leaf, scroll, at),
            )
        )

    def get_position(self, edition_id: str) -> Position | None:
        return self._read(partial(reads.get_position, edition_id=edition_id))

    def all_positions(self) -> dict[str, Position]:
        """Where reading stopped in every edition read."""
        return self._read(reads.all_positions)

    # --- articles left part-read ------------------------------------------------

    def leave(self, edition_id: str, item_id: str, *, leaf: str | None, scroll: float) -> None:
        """Remember where an article was left part-read (`scroll` 0: it was not, at its
        top or read to its end, and nothing is kept)."""
        _check_ids(edition_id, item_id)
        scroll = float(scroll)
        if not math.isfinite(scroll) or scroll < 0:
            raise ValueError(f"scroll must be a finite offset >= 0, got {scroll!r}")
        key = (edition_id, item_id)
        if not scroll:
            forget = "DELETE FROM left_places WHERE edition_id = ? AND item_id = ?"
            self._write(lambda c: c.execute(forget, key))
            return
        at = self._stamp()
        self._write(
            lambda c: c.execute(
                "INSERT OR REPLACE INTO left_places VALUES (?, ?, ?, ?, ?)",
                (*key, leaf, scroll, at),
            )
        )

    def all_left(self) -> dict[tuple[str, str], Position]:
        """Where each article left part-read was left, by (edition, article)."""
        return self._read(reads.all_left)

    def prune_left(self, opening: str | None = None) -> int:
        """Forget the places of articles left part-read in editions not opened, and places
        not left, for PLACES_KEPT: a morning's places would otherwise pile up for years, the
        articles of old editions never opened again. The edition `opening` (the one the
        reader starts on) is opened now, whatever its position says, and keeps its places.
        The number forgotten."""
        cutoff = iso(self._clock() - PLACES_KEPT)
        # An edition's last opening is its position's time; a place is as old as the later.
        old = """FROM left_places WHERE edition_id IS NOT ? AND max(updated_at, coalesce((
            SELECT p.updated_at FROM positions p WHERE p.edition_id = left_places.edition_id
            ), '')) < ?"""
        args = (opening, cutoff)
        if not self._read(
            lambda c: c.execute(f"SELECT EXISTS (SELECT 1 {old})", args).fetchone()[0]
        ):
            return 0  # no write, so no lock taken, on the mornings with nothing to forget
        return self._write(lambda c: c.execute(f"DELETE {old}", args).rowcount)

    def stored(self) -> int:
        """The positions and bookmarks the file holds, those passed over as unreadable too."""
        return self._read(reads.stored)

    def last_position(self) -> Position | None:
        """The position saved most recently, in any edition: where to resume on start."""
        return self._read(reads.last_position)

    # --- bookmarks -------------------------------------------------------------

    def add_bookmark(
        self,
        edition_id: str,
        item_id: str,
        title: str,
        *,
        leaf: str | None = None,
        edition_path: str | os.PathLike[str] | None = None,
    ) -> Bookmark:
        """Bookmark an item, or one leaf of it. Adding it again updates the title only."""
        _check_ids(edition_id, item_id)
        stored_path = None if edition_path is None else os.path.abspath(edition_path)
        at = self._stamp()

        def add(c: sqlite3.Connection) -> tuple[Any, ...]:
            where = "WHERE edition_id = ? AND item_id = ? AND leaf = ?"
            key = (edition_id, item_id, leaf or "")
            old = c.execute(f"SELECT {BOOKMARK_COLUMNS} FROM bookmarks {where}", key).fetchone()
            if old is not None and not readable(old):
                # A row no broadsheet wrote, passed over until now: the reader bookmarking
                # its place again replaces it whole, rather than keep its unreadable time.
                c.execute("DELETE FROM bookmarks WHERE id = ?", (old[0],))
            c.execute(
                """INSERT INTO bookmarks
                    (edition_id, edition_path, item_id, leaf, title, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (edition_id, item_id, leaf) DO UPDATE SET
                    title = excluded.title,
                    edition_path = coalesce(excluded.edition_path, bookmarks.edition_path)""",
                (edition_id, stored_path, item_id, leaf or "", title, at),
            )
            row: tuple[Any, ...] = c.execute(
                f"SELECT {BOOKMARK_COLUMNS} FROM bookmarks {where}", key
            ).fetchone()
            return row

        return bookmark(self._write(add))

    def delete_bookmark(self, bookmark_id: int) -> bool:
        """Remove a bookmark by its id (from a list of ``bookmarks()``); False when gone."""
        return bool(
            self._write(
                lambda c: c.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,)).rowcount
            )
        )

    def restore_bookmark(self, b: Bookmark) -> None:
        """Put a deleted bookmark back as it was (its id and time keep its place in the list)."""

        def restore(c: sqlite3.Connection) -> None:
            # Ignored if the same place was bookmarked again since: that one stands.
            c.execute(
                """INSERT OR IGNORE INTO bookmarks
                    (id, edition_id, edition_path, item_id, leaf, title, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (
                    b.id,
                    b.edition_id,
                    b.edition_path,
                    b.item_id,
                    b.leaf or "",
                    b.title,
                    iso(b.created_at),
                ),
            )

        self._write(restore)

    def bookmarks(self, edition_id: str | None = None) -> list[Bookmark]:
        """Bookmarks newest first, across editions or in one."""
        return self._read(partial(reads.bookmarks, edition_id=edition_id))

    # --- an edition removed -----------------------------------------------------

    def edition_paths(self) -> dict[str, set[str]]:
        """The edition files each edition was read or bookmarked in, by edition id."""
        return self._read(reads.edition_paths)

    def forget(self, edition_id: str) -> tuple[int, int]:
        """Forget an edition removed from the shelf, in one transaction: its read marks,
        where reading stopped, its articles left part-read and its bookmarks. (Marks,
        bookmarks) forgotten."""

        def forget(c: sqlite3.Connection) -> tuple[int, int]:
            marks = c.execute("DELETE FROM read_marks WHERE edition_id = ?", (edition_id,))
            c.execute("DELETE FROM positions WHERE edition_id = ?", (edition_id,))
            c.execute("DELETE FROM left_places WHERE edition_id = ?", (edition_id,))
            kept = c.execute("DELETE FROM bookmarks WHERE edition_id = ?", (edition_id,))
            return marks.rowcount, kept.rowcount

        return self._write(forget)

    def forget_items(self, edition_id: str, item_ids: Sequence[str]) -> tuple[int, int]:
        """Forget the items of a page taken out of an edition, in one transaction: their
        read marks, part-read places and bookmarks; where reading stopped, when on one of
        them, goes back to the edition's start. (Marks, bookmarks) forgotten."""
        rows = [(edition_id, item_id) for item_id in item_ids]

        def forget(c: sqlite3.Connection) -> tuple[int, int]:
            where = "WHERE edition_id = ? AND item_id = ?"
            marks = c.executemany(f"DELETE FROM read_marks {where}", rows)
            c.executemany(f"DELETE FROM left_places {where}", rows)
            c.executemany(
                f"UPDATE positions SET item_id = NULL, leaf = NULL, scroll = 0 {where}", rows
            )
            kept = c.executemany(f"DELETE FROM bookmarks {where}", rows)
            return marks.rowcount, kept.rowcount

        return self._write(forget)

    def _stamp(self) -> str:
        return iso(self._clock())


def readable(row: tuple[Any, ...]) -> bool:
    """Whether a bookmarks row is one the reads return (reader.state.reads)."""
    try:
        bookmark(row)
    except (ValueError, TypeError):
        return False
    return True


def _check_ids(edition_id: str, item_id: str) -> None:
    if not edition_id or not item_id:
        raise ValueError("edition_id and item_id must not be empty")
