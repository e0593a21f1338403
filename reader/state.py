"""Reading state: read marks, resume positions and bookmarks, in one SQLite file.

The file is ``state.sqlite3`` in platformdirs' user data dir, or in
``$BROADSHEET_HOME`` when that variable is set. The schema is versioned with
``PRAGMA user_version`` and upgraded by ``MIGRATIONS`` in one transaction.

The reading state must never stop the reader from opening. When the file is
damaged, locked by another program, unreadable, or from a newer broadsheet,
``State.open`` returns a state kept in memory (with a copy of what could still
be read) and sets ``State.warning``: one line for the app to show. The user's
file is never deleted or rewritten then. A failure later in the session
(another program takes the lock, the disk fills) switches to memory the same
way and reports through ``State.warning`` and ``State.on_warning``.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import msgspec
import platformdirs

from reader.model import Article, Edition
from reader.settings import APP_NAME, home_override
from reader.store import BroadsheetError, first_line

STATE_FILE = "state.sqlite3"

# Long enough to wait out another broadsheet's write (milliseconds), short
# enough that a stuck lock does not freeze the UI.
DEFAULT_TIMEOUT = 1.0

T = TypeVar("T")
Migration = Callable[[sqlite3.Connection], None]


class StateWarning(BroadsheetError):
    """Why reading state is not being saved this session: '<file>: <reason>'."""


class Position(msgspec.Struct, frozen=True, kw_only=True):
    """Where reading stopped in one edition."""

    edition_id: str
    edition_path: str | None = None  # absolute, so resuming works from any folder
    item_id: str | None = None
    leaf: str | None = None  # a reader.model.Leaf path: "body.5"
    scroll: float = 0.0  # the article pane's scroll offset, in lines
    updated_at: datetime


class Bookmark(msgspec.Struct, frozen=True, kw_only=True):
    id: int
    edition_id: str
    item_id: str
    leaf: str | None = None
    title: str
    created_at: datetime
    edition_path: str | None = None


def data_dir() -> Path:
    return home_override() or platformdirs.user_data_path(APP_NAME, appauthor=False)


def state_path() -> Path:
    return data_dir() / STATE_FILE


# --- schema --------------------------------------------------------------------


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
]


class _TooNew(Exception):
    pass


class _Damaged(Exception):
    pass


class _MigrationFailed(Exception):
    pass


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the schema up to ``len(migrations)`` in one transaction; return the old version."""
    latest = len(migrations)
    found = user_version(conn)
    if found > latest:
        raise _TooNew(found)
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
        _rollback(conn)
        raise
    return found


def _rollback(conn: sqlite3.Connection) -> None:
    # Quietly: the error that got us here is the one worth reporting.
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass


# --- the state -----------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


class State:
    """Read marks, positions and bookmarks. Each change is its own transaction.

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
    ):
        self._conn = conn
        self._lock = threading.RLock()
        self._clock = clock
        self.path = path
        self.persistent = persistent
        self.warning = warning
        # Called with a warning raised after open (the app shows it as a notification).
        self.on_warning: Callable[[StateWarning], None] | None = None

    # --- opening ---------------------------------------------------------------

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
            conn = _open_file(p, timeout, migrations)
        except (sqlite3.Error, OSError, _TooNew, _Damaged, _MigrationFailed) as e:
            warning = StateWarning(p, _explain(e, len(migrations)))
            if strict:
                raise warning from None
            snapshot = None if _is_damage(e) else _snapshot(p, len(migrations))
            mem = snapshot or _memory(migrations)
            return cls(mem, p, persistent=False, warning=warning, clock=clock)
        return cls(conn, p, persistent=True, clock=clock)

    @classmethod
    def in_memory(cls, *, clock: Callable[[], datetime] = _now) -> State:
        """A state that is never saved (for `--no-state` runs and tests)."""
        return cls(_memory(MIGRATIONS), None, persistent=False, clock=clock)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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

    def toggle_read(self, edition_id: str, item_id: str) -> bool:
        """Flip the mark; return True when the item is now read."""
        _check_ids(edition_id, item_id)
        at = self._stamp()

        def flip(c: sqlite3.Connection) -> bool:
            gone = c.execute(
                "DELETE FROM read_marks WHERE edition_id = ? AND item_id = ?",
                (edition_id, item_id),
            ).rowcount
            if gone:
                return False
            c.execute("INSERT INTO read_marks VALUES (?, ?, ?)", (edition_id, item_id, at))
            return True

        return self._write(flip)

    def mark_all_read(self, edition_id: str, item_ids: Iterable[str]) -> None:
        """Mark many items at once (a section, an edition): one transaction."""
        ids = list(item_ids)
        for item_id in ids:
            _check_ids(edition_id, item_id)
        at = self._stamp()
        self._write(
            lambda c: c.executemany(
                "INSERT INTO read_marks VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [(edition_id, item_id, at) for item_id in ids],
            )
        )

    def clear_read(self, edition_id: str) -> None:
        """Every item of the edition unread again."""
        self._write(
            lambda c: c.execute("DELETE FROM read_marks WHERE edition_id = ?", (edition_id,))
        )

    def is_read(self, edition_id: str, item_id: str) -> bool:
        row = self._read(
            lambda c: c.execute(
                "SELECT 1 FROM read_marks WHERE edition_id = ? AND item_id = ?",
                (edition_id, item_id),
            ).fetchone()
        )
        return row is not None

    def read_ids(self, edition_id: str) -> set[str]:
        rows = self._read(
            lambda c: c.execute(
                "SELECT item_id FROM read_marks WHERE edition_id = ?", (edition_id,)
            ).fetchall()
        )
        return {r[0] for r in rows}

    def unread_counts(self, edition: Edition) -> dict[str, int]:
        """Unread articles per section, sections in edition order.

        Pages that share a section name count together. Ads are not counted:
        they are glanced at in their own pane, never "read".
        """
        read = self.read_ids(edition.id)
        counts: dict[str, int] = {}
        for page in edition.pages:
            n = counts.setdefault(page.section, 0)
            counts[page.section] = n + sum(
                1 for it in page.items if isinstance(it, Article) and it.id not in read
            )
        return counts

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
        row = self._read(
            lambda c: c.execute(
                f"SELECT {_POSITION_COLUMNS} FROM positions WHERE edition_id = ?", (edition_id,)
            ).fetchone()
        )
        return None if row is None else _position(row)

    def last_position(self) -> Position | None:
        """The position saved most recently, in any edition: where to resume on start."""
        row = self._read(
            lambda c: c.execute(
                f"SELECT {_POSITION_COLUMNS} FROM positions "
                "ORDER BY updated_at DESC, rowid DESC LIMIT 1"
            ).fetchone()
        )
        return None if row is None else _position(row)

    def forget_position(self, edition_id: str) -> None:
        self._write(
            lambda c: c.execute("DELETE FROM positions WHERE edition_id = ?", (edition_id,))
        )

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

        def add(c: sqlite3.Connection) -> tuple:
            c.execute(
                """INSERT INTO bookmarks
                    (edition_id, edition_path, item_id, leaf, title, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (edition_id, item_id, leaf) DO UPDATE SET
                    title = excluded.title,
                    edition_path = coalesce(excluded.edition_path, bookmarks.edition_path)""",
                (edition_id, stored_path, item_id, leaf or "", title, at),
            )
            return c.execute(
                f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks "
                "WHERE edition_id = ? AND item_id = ? AND leaf = ?",
                (edition_id, item_id, leaf or ""),
            ).fetchone()

        return _bookmark(self._write(add))

    def remove_bookmark(self, edition_id: str, item_id: str, leaf: str | None = None) -> bool:
        """Remove one bookmark; False when there was none."""
        return bool(
            self._write(
                lambda c: (
                    c.execute(
                        "DELETE FROM bookmarks WHERE edition_id = ? AND item_id = ? AND leaf = ?",
                        (edition_id, item_id, leaf or ""),
                    ).rowcount
                )
            )
        )

    def delete_bookmark(self, bookmark_id: int) -> bool:
        """Remove a bookmark by its id (from a list of ``bookmarks()``)."""
        return bool(
            self._write(
                lambda c: c.execute("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,)).rowcount
            )
        )

    def is_bookmarked(self, edition_id: str, item_id: str, leaf: str | None = None) -> bool:
        row = self._read(
            lambda c: c.execute(
                "SELECT 1 FROM bookmarks WHERE edition_id = ? AND item_id = ? AND leaf = ?",
                (edition_id, item_id, leaf or ""),
            ).fetchone()
        )
        return row is not None

    def bookmarks(self, edition_id: str | None = None) -> list[Bookmark]:
        """Bookmarks newest first, across editions or in one."""
        where, args = ("WHERE edition_id = ?", (edition_id,)) if edition_id else ("", ())
        rows = self._read(
            lambda c: c.execute(
                f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks {where} "
                "ORDER BY created_at DESC, id DESC",
                args,
            ).fetchall()
        )
        return [_bookmark(r) for r in rows]

    # --- internals -------------------------------------------------------------

    def _stamp(self) -> str:
        return _iso(self._clock())

    def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def tx(conn: sqlite3.Connection) -> T:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise
            return result

        return self._run(tx)

    def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return self._run(fn)

    def _run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        with self._lock:
            try:
                return fn(self._conn)
            except sqlite3.Error as e:
                if not self.persistent or not _is_environmental(e):
                    raise
                self._fall_back(e)
            return fn(self._conn)

    def _fall_back(self, error: sqlite3.Error) -> None:
        # Keep what the session has seen so far, then carry on in memory.
        mem = _connect(":memory:", DEFAULT_TIMEOUT)
        try:
            self._conn.backup(mem)
        except sqlite3.Error:
            mem.close()
            mem = _memory(MIGRATIONS)
        try:
            self._conn.close()
        except sqlite3.Error:
            pass
        self._conn = mem
        self.persistent = False
        self.warning = StateWarning(self.path, _explain(error, len(MIGRATIONS)))
        if self.on_warning is not None:
            self.on_warning(self.warning)


_POSITION_COLUMNS = "edition_id, edition_path, item_id, leaf, scroll, updated_at"
_BOOKMARK_COLUMNS = "id, edition_id, edition_path, item_id, leaf, title, created_at"


def _position(row: tuple) -> Position:
    edition_id, path, item_id, leaf, scroll, at = row
    return Position(
        edition_id=edition_id,
        edition_path=path,
        item_id=item_id,
        leaf=leaf,
        scroll=float(scroll),
        updated_at=datetime.fromisoformat(at),
    )


def _bookmark(row: tuple) -> Bookmark:
    bid, edition_id, path, item_id, leaf, title, at = row
    return Bookmark(
        id=bid,
        edition_id=edition_id,
        edition_path=path,
        item_id=item_id,
        leaf=leaf or None,
        title=title,
        created_at=datetime.fromisoformat(at),
    )


def _iso(moment: datetime) -> str:
    # One fixed-width UTC form, so text order is time order.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _check_ids(edition_id: str, item_id: str) -> None:
    if not edition_id or not item_id:
        raise ValueError("edition_id and item_id must not be empty")


# --- opening and falling back --------------------------------------------------


def _connect(target: str, timeout: float, *, uri: bool = False) -> sqlite3.Connection:
    return sqlite3.connect(
        target, timeout=timeout, isolation_level=None, check_same_thread=False, uri=uri
    )


def _open_file(path: Path, timeout: float, migrations: Sequence[Migration]) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = _connect(str(path), timeout)
    try:
        # Readers never wait for a writer (two broadsheets open at once). Where WAL
        # is unavailable (some network filesystems) SQLite keeps its journal mode.
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a power cut may lose the last mark, never corrupt the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            raise _Damaged(check)
        try:
            migrate(conn, migrations)
        except _TooNew:
            raise
        except sqlite3.Error as e:
            if _is_damage(e) or _error_name(e) in _ENVIRONMENT:
                raise
            raise _MigrationFailed(f"{type(e).__name__}: {e}") from e
        except Exception as e:  # a broken step: report it, never a traceback
            raise _MigrationFailed(f"{type(e).__name__}: {e}") from e
    except BaseException:
        conn.close()
        raise
    return conn


def _memory(migrations: Sequence[Migration]) -> sqlite3.Connection:
    conn = _connect(":memory:", DEFAULT_TIMEOUT)
    migrate(conn, migrations)
    return conn


def _snapshot(path: Path, latest: int) -> sqlite3.Connection | None:
    """A copy in memory of a file we may read but not write (locked, read-only), if current."""
    if not path.is_file():
        return None
    try:
        src = _connect(f"{path.resolve().as_uri()}?mode=ro", 0.2, uri=True)
    except sqlite3.Error:
        return None
    mem = _connect(":memory:", DEFAULT_TIMEOUT)
    try:
        if user_version(src) == latest:
            src.backup(mem)
            return mem
    except sqlite3.Error:
        pass
    finally:
        src.close()
    mem.close()
    return None


_ENVIRONMENT = frozenset(
    {
        "SQLITE_BUSY",
        "SQLITE_LOCKED",
        "SQLITE_FULL",
        "SQLITE_READONLY",
        "SQLITE_IOERR",
        "SQLITE_CANTOPEN",
        "SQLITE_PERM",
    }
)


def _error_name(e: BaseException) -> str:
    # The primary code: SQLITE_BUSY_SNAPSHOT and SQLITE_IOERR_WRITE mean BUSY and IOERR here.
    name = getattr(e, "sqlite_errorname", "") or ""
    return "_".join(name.split("_")[:2])


def _is_environmental(e: sqlite3.Error) -> bool:
    # Locks, full disks, damaged files: not bugs in our SQL (those stay exceptions).
    return isinstance(e, sqlite3.OperationalError) or type(e) is sqlite3.DatabaseError


def _is_damage(e: BaseException) -> bool:
    if isinstance(e, _Damaged):
        return True
    name = _error_name(e)
    return name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or (
        type(e) is sqlite3.DatabaseError and not name
    )


_NOT_SAVED = "reading state is kept in memory and not saved this session"


def _explain(e: BaseException, latest: int) -> str:
    if isinstance(e, _TooNew):
        return (
            f"state database version {e.args[0]} is newer than this broadsheet reads "
            f"({latest}); upgrade broadsheet; {_NOT_SAVED}"
        )
    if isinstance(e, _MigrationFailed):
        return f"cannot upgrade the state database ({e.args[0]}); file left as is; {_NOT_SAVED}"
    if _is_damage(e):
        detail = " ".join(str(e.args[0]).split()) if e.args else "damaged"
        return (
            f"state database is damaged ({detail}); file left as is (move it away to start "
            f"afresh); {_NOT_SAVED}"
        )
    name = _error_name(e)
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return f"state database is locked by another program; {_NOT_SAVED}"
    if name == "SQLITE_FULL":
        return f"disk full; {_NOT_SAVED}"
    if name == "SQLITE_READONLY":
        return f"state database is read-only; {_NOT_SAVED}"
    if isinstance(e, OSError):
        return f"cannot create the state folder ({e.strerror or type(e).__name__}); {_NOT_SAVED}"
    return f"cannot open the state database ({first_line(e)}); {_NOT_SAVED}"
