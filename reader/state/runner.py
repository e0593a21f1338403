"""Reads and writes on the state's connection that never stop the reader.

A Runner runs each read, and each write as its own transaction, on one
connection under one lock (Textual workers share it). When the file fails in
the middle of a session (another program takes the lock, the disk fills), it
copies what the session has seen into memory, carries on there, and reports
once, through ``warning`` and ``on_warning``. Bugs in our SQL stay exceptions.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Self, TypeVar

from reader.errors import StateWarning
from reader.state.diagnosis import explain, is_environmental
from reader.state.opening import DEFAULT_TIMEOUT, connect, memory
from reader.state.schema import MIGRATIONS, Migration, rollback

T = TypeVar("T")


class Runner:
    """A connection to the state, its lock, and whether it is still the file."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        persistent: bool,
        warning: StateWarning | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ):
        self._conn = conn
        self._lock = threading.RLock()
        self._migrations = migrations
        self.path = path
        self.persistent = persistent
        self.warning = warning
        # Called with a warning raised after open (the app shows it as a notification).
        self.on_warning: Callable[[StateWarning], None] | None = None

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def tx(conn: sqlite3.Connection) -> T:
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = fn(conn)
                conn.execute("COMMIT")
            except BaseException:
                rollback(conn)
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
                if not self.persistent or not is_environmental(e):
                    raise
                self._fall_back(e)
            return fn(self._conn)

    def _fall_back(self, error: sqlite3.Error) -> None:
        # Keep what the session has seen so far, then carry on in memory.
        mem = connect(":memory:", DEFAULT_TIMEOUT)
        try:
            self._conn.backup(mem)
        except sqlite3.Error:
            mem.close()
            mem = memory(self._migrations)
        try:
            self._conn.close()
        except sqlite3.Error:
            pass
        self._conn = mem
        self.persistent = False
        self.warning = StateWarning(self.path, explain(error, len(self._migrations)))
        if self.on_warning is not None:
            self.on_warning(self.warning)
