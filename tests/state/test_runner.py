"""A session whose file fails midway carries on in memory; bugs in our SQL still raise."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.state import State, StateWarning
from tests.state.files import ED, raw


def test_lock_taken_mid_session_switches_to_memory(home: Path):
    path = home / "state.sqlite3"
    seen: list[StateWarning] = []
    s = State.open(timeout=0.05)
    s.on_warning = seen.append
    s.mark_read(ED, "p1-a1")
    other = raw(path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        s.mark_read(ED, "p1-a2")  # no exception: falls back, keeps what it had
        assert not s.persistent
        assert len(seen) == 1 and seen[0] is s.warning
        assert "locked" in str(s.warning)
        assert s.read_ids(ED) == {"p1-a1", "p1-a2"}
        s.mark_read(ED, "p1-a3")
        assert len(seen) == 1  # one warning, not one per change
    finally:
        other.execute("ROLLBACK")
        s.close()
    with State.open() as after:
        assert after.read_ids(ED) == {"p1-a1"}


def test_sql_bugs_are_not_swallowed(state: State):
    with pytest.raises(sqlite3.ProgrammingError):
        state._read(lambda c: c.execute("SELECT ?", ()))
