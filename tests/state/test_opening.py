"""Opening a damaged, locked or unreachable state file: one line, and a state in memory."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from reader.errors import BroadsheetError
from reader.settings import ENV_HOME
from reader.state import State, StateWarning
from tests.state.files import ED, make_db, raw

# --- damaged files -------------------------------------------------------------


def test_garbage_file_gives_one_line_and_an_in_memory_state(home: Path):
    path = home / "state.sqlite3"
    home.mkdir()
    garbage = bytes(range(256)) * 40
    path.write_bytes(garbage)
    s = State.open()
    assert isinstance(s.warning, StateWarning) and isinstance(s.warning, BroadsheetError)
    message = str(s.warning)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    assert "damaged" in message and "not saved" in message
    assert not s.persistent
    s.mark_read(ED, "p1-a1")
    assert "p1-a1" in s.read_ids(ED)
    s.add_bookmark(ED, "p1-a1", "t")
    s.close()
    assert path.read_bytes() == garbage  # the user's file is never touched


def test_damaged_pages_are_caught_on_open(home: Path):
    path = home / "state.sqlite3"
    make_db(path, 1, journal="delete")
    conn = raw(path)
    conn.executemany(
        "INSERT INTO bookmarks (edition_id, item_id, title, created_at) VALUES (?, ?, ?, ?)",
        [(ED, f"p{i}", "x" * 500, "2026") for i in range(200)],
    )
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page : 6 * page] = b"\xa5" * (4 * page)
    path.write_bytes(bytes(data))
    s = State.open()
    assert s.warning is not None and "damaged" in str(s.warning)
    assert "\n" not in str(s.warning)
    assert not s.persistent
    s.close()


def test_strict_open_raises_the_warning(home: Path):
    home.mkdir()
    (home / "state.sqlite3").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StateWarning, match="damaged"):
        State.open(strict=True)


def test_a_state_folder_that_cannot_be_made(tmp_path: Path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    monkeypatch.setenv(ENV_HOME, str(blocker / "sub"))
    with State.open() as s:
        assert "cannot create the state folder" in str(s.warning)
        s.mark_read(ED, "p1-a1")
        assert "p1-a1" in s.read_ids(ED)


# --- locked files --------------------------------------------------------------


def test_exclusive_lock_at_open_gives_one_line(home: Path):
    path = home / "state.sqlite3"
    make_db(path, 1, journal="delete")
    other = raw(path)
    other.execute("BEGIN EXCLUSIVE")  # a rollback-journal writer: nobody may even read
    try:
        s = State.open(timeout=0.05)
        assert not s.persistent
        assert str(s.warning) == (
            f"{path}: state database is locked by another program; "
            "reading state is kept in memory and not saved this session"
        )
        s.mark_read(ED, "p1-a2")
        assert "p1-a2" in s.read_ids(ED)
        s.close()
    finally:
        other.execute("ROLLBACK")
    with State.open() as after:  # nothing of the locked session was written
        assert after.read_ids(ED) == {"p1-a1"}


def test_exclusive_locking_mode_in_wal(home: Path):
    path = home / "state.sqlite3"
    make_db(path, 1)
    other = raw(path)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("INSERT INTO read_marks VALUES ('e', 'i', 't')")  # takes the lock for good
    try:
        with State.open(timeout=0.05) as s:
            assert "locked" in str(s.warning) and not s.persistent
    finally:
        other.close()


@contextmanager
def _read_elsewhere(path: Path) -> Iterator[None]:
    """A rollback-journal file of schema 1 that another program is reading throughout."""
    make_db(path, 1, journal="delete")
    other = raw(path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM read_marks").fetchone()
    try:
        yield
    finally:
        other.execute("ROLLBACK")


def test_readers_holding_a_shared_lock_leave_a_readable_copy(home: Path):
    # An old rollback-journal file cannot switch to WAL while someone reads it;
    # the session still sees the saved marks.
    path = home / "state.sqlite3"
    with _read_elsewhere(path):
        with State.open(timeout=0.05) as s:
            assert "locked" in str(s.warning)
            assert "p1-a1" in s.read_ids(ED)
            s.mark_read(ED, "p1-a2")
            assert s.read_ids(ED) == {"p1-a1", "p1-a2"}


def test_a_locked_file_of_the_first_schema_is_upgraded_in_memory_never_on_disk(home: Path):
    """A file of schema 1 that another program reads while this one opens: the copy in
    memory is upgraded (an article can be left part-read there), the file stays as it was."""
    path = home / "state.sqlite3"
    with _read_elsewhere(path):
        with State.open(timeout=0.05) as s:
            assert "locked" in str(s.warning) and not s.persistent
            assert s.read_ids(ED) == {"p1-a1"}
            s.leave(ED, "p1-a2", leaf="body.4", scroll=17)
            assert s.all_left()[ED, "p1-a2"].scroll == 17
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "left_places" not in tables
    assert conn.execute("SELECT count(*) FROM read_marks").fetchone()[0] == 1
