"""Migrations: in one transaction, from any older version; a newer file is left alone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.state import MIGRATIONS, State, migrate
from tests.state.files import ED, ED2, make_db, raw


def add_note_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE bookmarks ADD COLUMN note TEXT")


LATEST = len(MIGRATIONS)


def test_migrates_an_empty_version_0_file(home: Path):
    make_db(home / "state.sqlite3", 0)
    with State.open() as s:
        assert s.warning is None
        s.mark_read(ED, "p1-a1")
    assert raw(home / "state.sqlite3").execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_migrates_an_older_version_keeping_data(home: Path):
    path = home / "state.sqlite3"
    make_db(path, LATEST)
    with State.open(migrations=[*MIGRATIONS, add_note_column]) as s:
        assert s.warning is None and s.persistent
        assert "p1-a1" in s.read_ids(ED)
    conn = raw(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST + 1
    columns = [r[1] for r in conn.execute("PRAGMA table_info(bookmarks)")]
    assert "note" in columns


def test_a_version_1_file_keeps_everything_and_learns_part_read_places(home: Path):
    """A file of the first schema (read marks, positions, bookmarks), as every broadsheet
    before the part-read places wrote it: all of it reads as before, and it keeps places."""
    path = home / "state.sqlite3"
    make_db(path, 1)
    conn = raw(path)
    conn.execute(
        "INSERT INTO positions VALUES (?, '/eds/kj.json', 'p2-1', 'body.3', 12.0, ?)",
        (ED, "2026-02-04T06:00:00.000000+00:00"),
    )
    conn.execute(
        "INSERT INTO bookmarks (edition_id, item_id, leaf, title, created_at) "
        "VALUES (?, 'p2-1', 'body.3', '제목', '2026-02-04T06:00:01.000000+00:00')",
        (ED,),
    )
    conn.close()
    with State.open() as s:
        assert s.warning is None and s.persistent
        assert s.read_ids(ED) == {"p1-a1"}
        place = s.get_position(ED)
        assert (place.item_id, place.leaf, place.scroll) == ("p2-1", "body.3", 12.0)
        assert [(b.item_id, b.leaf, b.title) for b in s.bookmarks()] == [("p2-1", "body.3", "제목")]
        assert s.all_left() == {}
        s.leave(ED, "p2-2", leaf="body.5", scroll=20)
    assert raw(path).execute("PRAGMA user_version").fetchone()[0] == LATEST
    with State.open() as s:
        assert s.all_left()[ED, "p2-2"].scroll == 20


def test_migrating_twice_is_a_no_op(home: Path):
    path = home / "state.sqlite3"
    make_db(path, LATEST)
    conn = raw(path)
    assert migrate(conn) == LATEST
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_a_failing_migration_changes_nothing_and_falls_back(home: Path):
    path = home / "state.sqlite3"
    make_db(path, LATEST)
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
    assert "p1-a2" in s.read_ids(ED)
    s.close()
    conn = raw(path)  # rolled back as one: no note column, no half_done table
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables
    assert conn.execute("SELECT count(*) FROM read_marks").fetchone()[0] == 2


def test_a_migration_step_that_raises_is_reported_not_thrown(home: Path):
    make_db(home / "state.sqlite3", LATEST)

    def python_step(conn: sqlite3.Connection) -> None:
        if conn.execute("SELECT count(*) FROM read_marks").fetchone()[0]:
            raise RuntimeError("cannot convert mark")

    with State.open(migrations=[*MIGRATIONS, python_step]) as s:
        assert "cannot upgrade" in str(s.warning)
        assert "RuntimeError: cannot convert mark" in str(s.warning)


def test_a_newer_database_is_left_alone(home: Path):
    path = home / "state.sqlite3"
    make_db(path, 1)
    raw(path).execute("PRAGMA user_version = 99")
    with State.open() as s:
        assert not s.persistent
        assert "version 99 is newer" in str(s.warning)
        s.mark_read(ED, "x")
    assert raw(path).execute("PRAGMA user_version").fetchone()[0] == 99
