"""reader.state: marks, positions, bookmarks; restarts, migrations, damaged and locked files."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import platformdirs
import pytest

from reader import state as st
from reader.settings import ENV_HOME
from reader.state import MIGRATIONS, State, StateWarning
from reader.store import BroadsheetError

ED = "kj-2026-02-04"
ED2 = "kj-2026-02-05"


class Clock:
    """A clock that ticks one second per reading, so 'newest first' is deterministic."""

    def __init__(self) -> None:
        self.now = datetime(2026, 2, 4, 6, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def state(home: Path):
    with State.open(clock=Clock()) as s:
        yield s


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def make_db(path: Path, version: int, journal: str = "wal") -> None:
    """A state file built by the first ``version`` migrations, with one read mark."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = raw(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    st.migrate(conn, MIGRATIONS[:version])
    if version >= 1:
        conn.execute("INSERT INTO read_marks VALUES (?, ?, ?)", (ED, "p1-a1", "2026"))
    conn.close()


# --- where the file lives ------------------------------------------------------


def test_state_path_follows_broadsheet_home(home: Path):
    assert st.state_path() == home / "state.sqlite3"


def test_state_path_defaults_to_platformdirs_user_data(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(ENV_HOME)
    expected = platformdirs.user_data_path("broadsheet", appauthor=False) / "state.sqlite3"
    assert st.state_path() == expected
    monkeypatch.setenv(ENV_HOME, "  ")  # blank counts as unset
    assert st.state_path() == expected


def test_open_creates_a_current_wal_database(home: Path):
    with State.open() as s:
        assert s.persistent and s.warning is None
        assert s.path == home / "state.sqlite3"
    conn = raw(home / "state.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


# --- read marks ----------------------------------------------------------------


def test_mark_read_unread_and_toggle(state: State):
    assert not state.is_read(ED, "p1-a1")
    state.mark_read(ED, "p1-a1")
    state.mark_read(ED, "p1-a1")  # twice is once
    assert state.is_read(ED, "p1-a1")
    assert state.read_ids(ED) == {"p1-a1"}
    state.mark_unread(ED, "p1-a1")
    assert not state.is_read(ED, "p1-a1")
    state.mark_unread(ED, "p1-a1")  # unread stays unread
    assert state.toggle_read(ED, "p1-a2") is True
    assert state.is_read(ED, "p1-a2")
    assert state.toggle_read(ED, "p1-a2") is False
    assert state.read_ids(ED) == set()


def test_read_marks_are_per_edition(state: State):
    state.mark_read(ED, "p1-a1")
    assert not state.is_read(ED2, "p1-a1")
    assert state.read_ids(ED2) == set()


def test_mark_all_read_and_clear(state: State):
    state.mark_all_read(ED, ["p1-a1", "p1-a2", "p1-a1"])
    state.mark_read(ED2, "p1-a1")
    assert state.read_ids(ED) == {"p1-a1", "p1-a2"}
    state.clear_read(ED)
    assert state.read_ids(ED) == set()
    assert state.read_ids(ED2) == {"p1-a1"}


def test_empty_ids_are_a_programming_error(state: State):
    with pytest.raises(ValueError):
        state.mark_read("", "p1-a1")
    with pytest.raises(ValueError):
        state.add_bookmark(ED, "", "t")


def test_unread_counts_per_section_in_edition_order(state: State, sample_edition):
    assert state.unread_counts(sample_edition) == {"인터뷰": 3, "경제": 1, "광고": 0}
    state.mark_read(ED, "p1-a1")
    state.mark_read(ED, "p3-a1")
    state.mark_read(ED, "p2-ad1")  # ads never count
    state.mark_read(ED2, "p2-a1")  # another edition's marks do not leak in
    counts = state.unread_counts(sample_edition)
    assert counts == {"인터뷰": 1, "경제": 1, "광고": 0}
    assert list(counts) == ["인터뷰", "경제", "광고"]


# --- positions -----------------------------------------------------------------


def test_position_set_get_and_last(state: State, tmp_path: Path):
    assert state.get_position(ED) is None
    assert state.last_position() is None
    state.set_position(ED, "p1-a1", leaf="body.5", scroll=12.5, edition_path=tmp_path / "a.json")
    state.set_position(ED2, "p2-a1", scroll=3)
    pos = state.get_position(ED)
    assert pos is not None
    assert (pos.item_id, pos.leaf, pos.scroll) == ("p1-a1", "body.5", 12.5)
    assert pos.edition_path == str(tmp_path / "a.json")
    assert state.last_position().edition_id == ED2
    state.set_position(ED, "p1-a2")  # reading the first edition again makes it the last
    last = state.last_position()
    assert last.edition_id == ED and last.item_id == "p1-a2"
    assert last.leaf is None and last.scroll == 0.0
    assert last.edition_path == str(tmp_path / "a.json")  # kept when not given
    state.forget_position(ED)
    assert state.get_position(ED) is None
    assert state.last_position().edition_id == ED2


def test_position_path_is_stored_absolute(state: State, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    state.set_position(ED, "p1-a1", edition_path="editions/kj.json")
    assert state.get_position(ED).edition_path == str(tmp_path / "editions" / "kj.json")


@pytest.mark.parametrize("scroll", [-1, float("nan"), float("inf")])
def test_position_rejects_bad_scroll(state: State, scroll: float):
    with pytest.raises(ValueError):
        state.set_position(ED, "p1-a1", scroll=scroll)


# --- bookmarks -----------------------------------------------------------------


def test_bookmarks_newest_first_across_editions(state: State):
    a = state.add_bookmark(ED, "p1-a1", "AI 실증")
    b = state.add_bookmark(ED2, "p2-a1", "경제", leaf="body.3", edition_path="e/k.json")
    c = state.add_bookmark(ED, "p1-a1", "AI 실증 (문단)", leaf="body.2")
    assert [x.id for x in state.bookmarks()] == [c.id, b.id, a.id]
    assert [x.id for x in state.bookmarks(ED)] == [c.id, a.id]
    assert b.leaf == "body.3" and a.leaf is None
    assert b.edition_path == os.path.abspath("e/k.json")
    assert a.created_at < b.created_at < c.created_at
    assert a.created_at.tzinfo is not None
    assert state.is_bookmarked(ED, "p1-a1")
    assert state.is_bookmarked(ED, "p1-a1", "body.2")
    assert not state.is_bookmarked(ED, "p1-a1", "body.9")


def test_bookmark_again_updates_title_not_duplicates(state: State):
    first = state.add_bookmark(ED, "p1-a1", "old")
    again = state.add_bookmark(ED, "p1-a1", "new")
    assert again.id == first.id and again.created_at == first.created_at
    assert [b.title for b in state.bookmarks()] == ["new"]


def test_remove_and_delete_bookmarks(state: State):
    state.add_bookmark(ED, "p1-a1", "t")
    leaf = state.add_bookmark(ED, "p1-a1", "t", leaf="body.1")
    assert state.remove_bookmark(ED, "p1-a1") is True
    assert state.remove_bookmark(ED, "p1-a1") is False
    assert [b.leaf for b in state.bookmarks()] == ["body.1"]
    assert state.delete_bookmark(leaf.id) is True
    assert state.delete_bookmark(leaf.id) is False
    assert state.bookmarks() == []


# --- restarts and sharing ------------------------------------------------------


def test_state_survives_a_restart(home: Path):
    with State.open() as s:
        s.mark_read(ED, "p1-a1")
        s.set_position(ED, "p1-a2", leaf="body.4", scroll=7)
        s.add_bookmark(ED, "p1-a1", "AI 실증")
    with State.open() as again:
        assert again.is_read(ED, "p1-a1")
        pos = again.last_position()
        assert (pos.edition_id, pos.item_id, pos.leaf, pos.scroll) == (ED, "p1-a2", "body.4", 7)
        assert [b.title for b in again.bookmarks()] == ["AI 실증"]


def test_two_open_states_see_each_others_changes(home: Path):
    # Each change commits on its own, so a second broadsheet sees it at once.
    with State.open() as one, State.open() as two:
        one.mark_read(ED, "p1-a1")
        assert two.is_read(ED, "p1-a1")
        two.toggle_read(ED, "p1-a1")
        assert not one.is_read(ED, "p1-a1")
        two.add_bookmark(ED, "p1-a1", "t")
        assert len(one.bookmarks()) == 1


def test_usable_from_a_worker_thread(state: State):
    errors: list[BaseException] = []

    def work() -> None:
        try:
            state.mark_read(ED, "p9-a9")
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert errors == [] and state.is_read(ED, "p9-a9")


def test_in_memory_state_is_never_saved(home: Path):
    with State.in_memory() as s:
        s.mark_read(ED, "p1-a1")
        assert s.is_read(ED, "p1-a1") and not s.persistent and s.path is None
    assert not (home / "state.sqlite3").exists()


# --- migrations ----------------------------------------------------------------


def add_note_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE bookmarks ADD COLUMN note TEXT")


def test_migrates_an_empty_version_0_file(home: Path):
    make_db(home / "state.sqlite3", 0)
    with State.open() as s:
        assert s.warning is None
        s.mark_read(ED, "p1-a1")
    assert raw(home / "state.sqlite3").execute("PRAGMA user_version").fetchone()[0] == 1


def test_migrates_an_older_version_keeping_data(home: Path):
    path = home / "state.sqlite3"
    make_db(path, 1)
    with State.open(migrations=[*MIGRATIONS, add_note_column]) as s:
        assert s.warning is None and s.persistent
        assert s.is_read(ED, "p1-a1")
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    columns = [r[1] for r in conn.execute("PRAGMA table_info(bookmarks)")]
    assert "note" in columns


def test_migrating_twice_is_a_no_op(home: Path):
    path = home / "state.sqlite3"
    make_db(path, 1)
    conn = raw(path)
    assert st.migrate(conn) == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_failing_migration_changes_nothing_and_falls_back(home: Path):
    path = home / "state.sqlite3"
    make_db(path, 1)
    raw(path).execute("INSERT INTO read_marks VALUES (?, 'p1-a1', 't')", (ED2,))

    def needs_unique_items(conn: sqlite3.Connection) -> None:
        # A step that works on an empty database but not on this user's data.
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("CREATE UNIQUE INDEX one_per_item ON read_marks (item_id)")

    s = State.open(migrations=[*MIGRATIONS, add_note_column, needs_unique_items])
    assert not s.persistent
    assert "cannot upgrade" in str(s.warning) and "UNIQUE" in str(s.warning)
    assert str(path) in str(s.warning)
    s.mark_read(ED, "p1-a2")  # the session still works, in memory
    assert s.is_read(ED, "p1-a2")
    s.close()
    conn = raw(path)  # rolled back as one: no note column, no half_done table
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert conn.execute("SELECT count(*) FROM read_marks").fetchone()[0] == 2


def test_a_newer_database_is_left_alone(home: Path):
    path = home / "state.sqlite3"
    make_db(path, 1)
    raw(path).execute("PRAGMA user_version = 99")
    with State.open() as s:
        assert not s.persistent
        assert "version 99 is newer" in str(s.warning)
        s.mark_read(ED, "x")
    assert raw(path).execute("PRAGMA user_version").fetchone()[0] == 99


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
    assert s.is_read(ED, "p1-a1")
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
        assert s.is_read(ED, "p1-a1")


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
        assert s.is_read(ED, "p1-a2")
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


def test_readers_holding_a_shared_lock_leave_a_readable_copy(home: Path):
    # An old rollback-journal file cannot switch to WAL while someone reads it;
    # the session still sees the saved marks.
    path = home / "state.sqlite3"
    make_db(path, 1, journal="delete")
    other = raw(path)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM read_marks").fetchone()
    try:
        with State.open(timeout=0.05) as s:
            assert "locked" in str(s.warning)
            assert s.is_read(ED, "p1-a1")
            s.mark_read(ED, "p1-a2")
            assert s.read_ids(ED) == {"p1-a1", "p1-a2"}
    finally:
        other.execute("ROLLBACK")


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


def test_a_migration_step_that_raises_is_reported_not_thrown(home: Path):
    make_db(home / "state.sqlite3", 1)

    def python_step(conn: sqlite3.Connection) -> None:
        if conn.execute("SELECT count(*) FROM read_marks").fetchone()[0]:
            raise RuntimeError("cannot convert mark")

    with State.open(migrations=[*MIGRATIONS, python_step]) as s:
        assert "cannot upgrade" in str(s.warning)
        assert "RuntimeError: cannot convert mark" in str(s.warning)
