"""Connections to the state: the file (created or upgraded), or a database in memory.

When the file cannot be used, the session runs on a database in memory: a copy
of the file when it can still be read (locked, read-only) and is of this version or
an earlier one (upgraded in memory), else an empty one. The user's file is never
deleted or rewritten then.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from reader.state.diagnosis import ENVIRONMENT, Damaged, MigrationFailed, error_name, is_damage
from reader.state.schema import Migration, TooNew, migrate, user_version

# Seconds: long enough to wait out another broadsheet's write, short enough
# that a stuck lock does not freeze the UI.
DEFAULT_TIMEOUT = 1.0


def connect(target: str, timeout: float, *, uri: bool = False) -> sqlite3.Connection:
    """Autocommit (we open transactions ourselves), usable from any thread under our lock."""
    return sqlite3.connect(
        target, timeout=timeout, isolation_level=None, check_same_thread=False, uri=uri
    )


def open_file(path: Path, timeout: float, migrations: Sequence[Migration]) -> sqlite3.Connection:
    """The state file, checked and migrated. Raises sqlite3.Error, OSError, TooNew,
    Damaged or MigrationFailed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(str(path), timeout)
    try:
        # Readers never wait for a writer (two broadsheets open at once). Where WAL
        # is unavailable (some network filesystems) SQLite keeps its journal mode.
        conn.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a power cut may lose the last mark, never corrupt the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        check = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if check != "ok":
            raise Damaged(check)
        try:
            migrate(conn, migrations)
        except TooNew:
            raise
        except sqlite3.Error as e:
            if is_damage(e) or error_name(e) in ENVIRONMENT:
                raise
            raise MigrationFailed(f"{type(e).__name__}: {e}") from e
        except Exception as e:  # a broken step: report it, never a traceback
            raise MigrationFailed(f"{type(e).__name__}: {e}") from e
    except BaseException:
        conn.close()
        raise
    return conn


def memory(migrations: Sequence[Migration]) -> sqlite3.Connection:
    """An empty, current state in memory."""
    conn = connect(":memory:", DEFAULT_TIMEOUT)
    migrate(conn, migrations)
    return conn


def snapshot(path: Path, migrations: Sequence[Migration]) -> sqlite3.Connection | None:
    """A copy in memory of a file we may read but not write (locked, read-only), brought up
    to date there when it is of an earlier version; None for a later one."""
    if not path.is_file():
        return None
    try:
        src = connect(f"{path.resolve().as_uri()}?mode=ro", 0.2, uri=True)
    except sqlite3.Error:
        return None
    mem = connect(":memory:", DEFAULT_TIMEOUT)
    try:
        if user_version(src) <= len(migrations):
            src.backup(mem)
            migrate(mem, migrations)
            return mem
    except Exception:  # a step that fails here failed on the file: its warning says so
        pass
    finally:
        src.close()
    mem.close()
    return None
