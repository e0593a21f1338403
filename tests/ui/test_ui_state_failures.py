"""When the reading state cannot be read or saved: one warning, and reading goes on
(Pilot + State)."""

from __future__ import annotations

import sqlite3
import threading

from reader.state import State, state_path
from tests.editions import library, multi_page
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.session import MULTI, run, saved


def test_a_damaged_state_file_is_one_warning_and_reading_goes_on(home):
    home.mkdir(parents=True, exist_ok=True)
    garbage = b"this is not a database\x00" * 200
    state_path().write_bytes(garbage)

    async def body(app, pilot, screen):
        warnings = [n for n in notifications(app) if n.title == "Reading state"]
        assert len(warnings) == 1
        assert "state database is damaged" in warnings[0].message
        assert "\n" not in warnings[0].message
        await pilot.press("m", "B")  # kept in memory for the session
        await settle(app, pilot)
        assert screen.read_ids == {"p1-1"} and len(screen.reading.bookmarks) == 1

    run(library(multi_page()), body)
    assert state_path().read_bytes() == garbage  # the user's file is left as it was


def test_state_writes_happen_off_the_ui_thread(monkeypatch):
    threads: list[str] = []
    mark_read = State.mark_read

    def spy(self, *args):
        threads.append(threading.current_thread().name)
        mark_read(self, *args)

    monkeypatch.setattr(State, "mark_read", spy)

    async def body(app, pilot, screen):
        await pilot.press("m")

    run(library(multi_page()), body)
    assert len(threads) == 1 and threads[0] != threading.main_thread().name


def test_a_write_lock_held_elsewhere_never_freezes_the_reader(monkeypatch):
    """Another program holds the database's write lock: the state waits for it on its
    own thread, then keeps the session in memory and says so once; keys answer
    meanwhile. The state's first write is held back until the keys are answered, so
    that is the order of events however slow the machine."""
    with State.open(strict=True):
        pass  # the file exists, at the current schema
    other = sqlite3.connect(state_path(), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    writing, go_on = threading.Event(), threading.Event()
    on_the_ui_thread: list[str] = []

    def held(write):
        def first_waits(self, *args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                on_the_ui_thread.append(write.__name__)
            elif not writing.is_set():
                writing.set()
                go_on.wait()
            return write(self, *args, **kwargs)

        return first_waits

    for write in (State.mark_read, State.set_position):
        monkeypatch.setattr(State, write.__name__, held(write))

    async def body(app, pilot, screen):
        await wait_until(pilot, writing.is_set)  # the state's thread writes, and waits
        await pilot.press("m", "J", "m")
        assert screen.read_ids == {"p1-1", "p2-1"} and screen.item_id == "p2-1"
        assert not on_the_ui_thread
        go_on.set()  # the write meets the lock, waits it out and gives up
        await wait_until(pilot, lambda: any(n.title == "Reading state" for n in notifications(app)))
        warnings = [n.message for n in notifications(app) if n.title == "Reading state"]
        assert len(warnings) == 1 and "locked by another program" in warnings[0]
        assert screen.read_ids == {"p1-1", "p2-1"}

    try:
        run(library(multi_page()), body)
    finally:
        go_on.set()
        other.execute("ROLLBACK")
        other.close()
    with saved() as state:
        assert state.read_ids(MULTI) == set()  # nothing half-written


def test_a_row_another_program_wrote_badly_is_passed_over_and_said_once(home):
    """A position whose time is not one (the newest, by its text) and a bookmark whose
    time is not one: the reader starts at the good position, says once that some state
    could not be read, and the file keeps both rows."""
    edition_id = multi_page().id
    with State.open(strict=True) as state:
        state.set_position(edition_id, "p2-1")
        state.add_bookmark(edition_id, "p1-1", "반도체 수출 석 달째 증가")
        state.add_bookmark(edition_id, "p2-1", "항만 물동량 회복")
    with sqlite3.connect(state_path()) as db:
        db.execute(
            "INSERT INTO positions VALUES ('광남일보-2026-01-30', NULL, 'p1-1', NULL, 'abc', "
            "'yesterday')"
        )
        db.execute("UPDATE bookmarks SET created_at = 'yesterday' WHERE item_id = 'p1-1'")

    async def body(app, pilot, screen):
        await settle(app, pilot)
        assert screen.item_id == "p2-1"
        assert [b.title for b in screen.reading.bookmarks] == ["항만 물동량 회복"]
        warnings = [n.message for n in notifications(app) if n.title == "Reading state"]
        assert warnings == [
            f"{state_path()}: 2 saved places or bookmarks could not be read and are passed "
            "over; the file keeps them as they are"
        ]

    run(library(multi_page()), body)
    with sqlite3.connect(state_path()) as db:
        assert db.execute("SELECT count(*) FROM positions").fetchone() == (2,)
        assert db.execute("SELECT count(*) FROM bookmarks").fetchone() == (2,)
