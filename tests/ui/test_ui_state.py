"""Reading state in the app: read marks, resuming, bookmarks, copy and save (Pilot + State)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from reader import export
from reader.library import Library, open_library
from reader.state import State, state_path
from reader.tracker import top_leaf
from reader.ui.app import BroadsheetApp
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.editions import EditionPicker
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.document import ArticleView
from reader.ui.widgets.sections import SectionList
from tests.editions import library, multi_page, seed, seed_article, shelf
from tests.ui.conftest import notifications, palette, settle, wait_until

Body = Callable[[BroadsheetApp, Pilot, ReaderScreen], Awaitable[None]]

MULTI = "광남일보-2026-02-05"  # the id of multi_page()


def run(lib: Library, body: Body, *, start: int = 0, size=(120, 40), **kwargs) -> None:
    """One session of the app (one process start, as far as the state is concerned)."""
    app = BroadsheetApp(lib, start, **kwargs)

    async def go() -> None:
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await body(app, pilot, app.screen)

    asyncio.run(go())


def run_shelf(folder: Path, body: Body, **kwargs) -> None:
    """A session of `broadsheet FOLDER`."""
    lib, start = open_library(folder)
    run(lib, body, start=start, **kwargs)


def saved() -> State:
    """The state file as the next start will read it."""
    return State.open(strict=True)


def shelf_of_three(tmp_path: Path) -> tuple[Library, int]:
    return open_library(
        shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"), multi_page("2026-02-06", 8022))
    )


def prompt(screen: ReaderScreen, option_id: str) -> str:
    return str(screen.query_one(SectionList).prompt(option_id))


@pytest.fixture
def quick_read(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr("reader.tracker.READ_AFTER", 0.2)
    return 0.2


class ReadClock:
    """The clock of the screen's read timer, run by the test: a timer fires when the test
    says its time is up (`strike`), however fast or slow the keys come."""

    def __init__(self) -> None:
        self.due: list[Callable[[], None]] = []

    def schedule(self, delay: float, callback: Callable[[], None]) -> Callable[[], None]:
        self.due.append(callback)
        return lambda: self.due.remove(callback)

    def strike(self) -> None:
        due, self.due = self.due, []
        for callback in due:
            callback()


# --- read marks -----------------------------------------------------------------


def test_an_article_open_long_enough_is_read(quick_read):
    async def body(app, pilot, screen):
        await wait_until(pilot, lambda: screen.read_ids)  # the read timer fires
        assert screen.read_ids == {"p1-1"}  # the first article, open since the start
        assert prompt(screen, "page:1") == "2 경제 · 2 unread"
        await pilot.press("J")
        await wait_until(pilot, lambda: len(screen.read_ids) > 1)
        assert screen.read_ids == {"p1-1", "p2-1"}
        assert prompt(screen, "page:1") == "2 경제 · 1 unread"
        assert prompt(screen, "p2-1").startswith("▶ ")
        await pilot.press("K")
        assert prompt(screen, "p2-1") == "  반도체 수출 석 달째 증가"  # read: no dot, dim
        style = screen.query_one(SectionList).prompt("p2-1").spans[-1].style
        assert style.dim

    run(library(multi_page()), body)
    with saved() as state:
        assert state.read_ids(MULTI) == {"p1-1", "p2-1"}


def test_skimming_past_an_article_does_not_read_it():
    async def body(app, pilot, screen):
        await pilot.press("J", "J", "K")
        assert screen.read_ids == frozenset()

    run(library(multi_page()), body)
    with saved() as state:
        assert state.read_ids(MULTI) == set()


def test_scrolling_to_the_end_reads_an_article():
    async def body(app, pilot, screen):
        await pilot.press("tab", "j")
        await settle(app, pilot)
        assert screen.read_ids == frozenset()  # scrolling is not reading it through
        await pilot.press("G")
        await settle(app, pilot)
        assert screen.read_ids == {"p1-1"}
        assert prompt(screen, "page:0") == "1 인터뷰"

    run(library(multi_page()), body, size=(80, 24))


def test_m_toggles_the_mark():
    async def body(app, pilot, screen):
        await pilot.press("m")
        assert screen.read_ids == {"p1-1"}
        assert prompt(screen, "page:0") == "1 인터뷰"
        await pilot.press("m")
        assert screen.read_ids == frozenset()
        await pilot.press("J", "m")
        assert screen.read_ids == {"p2-1"}

    run(library(multi_page()), body)
    with saved() as state:
        assert state.read_ids(MULTI) == {"p2-1"}


def test_the_timer_does_not_undo_marking_unread_by_hand(monkeypatch):
    clock = ReadClock()
    monkeypatch.setattr(ReaderScreen, "_schedule", lambda screen, *args: clock.schedule(*args))

    async def body(app, pilot, screen):
        await pilot.press("J", "m", "m")  # p2-1: read, then unread, before its time is up
        clock.strike()  # then its time is up
        await pilot.pause()
        assert screen.item_id == "p2-1" and "p2-1" not in screen.read_ids
        await pilot.press("K")  # p1-1 again, left before its time: its clock starts over
        clock.strike()
        await pilot.pause()
        assert screen.read_ids == {"p1-1"}

    run(library(multi_page()), body)


def test_marks_belong_to_their_edition(tmp_path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        assert screen.edition.id == "광남일보-2026-02-06"
        await pilot.press("m")  # p1-1 of 02-06
        await pilot.press("less_than_sign")
        await settle(app, pilot)
        assert screen.edition.id == MULTI
        assert screen.read_ids == frozenset()  # p1-1 of 02-05 is another article
        assert prompt(screen, "p1-1").startswith("▶ ")

    run(lib, body, start=start)


def test_the_picker_shows_unread_counts(tmp_path):
    lib, start = shelf_of_three(tmp_path)
    with State.open(strict=True) as state:
        state.mark_read(MULTI, "p2-1")

    async def body(app, pilot, screen):
        await pilot.press("m")  # 02-06 is open: one of its three read
        await pilot.press("e")
        picker = app.screen
        assert isinstance(picker, EditionPicker)
        options = picker.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(3)]
        assert labels[0].endswith("· 1 article · 1 unread")
        assert labels[1].endswith("· 3 articles · 2 unread")  # not loaded: counted from marks
        assert labels[2].endswith("· 3 articles · 2 unread")
        await pilot.press("escape", "J", "m", "J", "m", "e")
        options = app.screen.query_one(OptionList)
        assert str(options.get_option_at_index(2).prompt).endswith("· 3 articles · all read")

    run(lib, body, start=start)


# --- resuming ---------------------------------------------------------------------


def test_a_restart_opens_the_same_article_at_the_same_line(tmp_path):
    lib_path = shelf(tmp_path / "eds", multi_page())
    seen = {}

    async def first(app, pilot, screen):
        await pilot.press("J", "tab", "j", "j", "j", "j", "j")
        await settle(app, pilot)
        view = screen.query_one(ArticleView)
        seen["item"], seen["y"] = screen.item_id, view.scroll_y
        assert seen["item"] == "p2-1" and seen["y"] == 5
        await pilot.press("q")

    async def second(app, pilot, screen):
        assert screen.item_id == "p2-1"
        assert screen.query_one(ArticleView).scroll_y == seen["y"]
        assert screen.query_one(SectionList).highlighted == (
            screen.query_one(SectionList).index_of("p2-1")
        )

    async def fresh(app, pilot, screen):
        assert screen.item_id == "p1-1"
        assert screen.query_one(ArticleView).scroll_y == 0

    for body, kwargs in ((first, {}), (second, {}), (fresh, {"fresh": True})):
        run_shelf(lib_path, body, size=(80, 24), **kwargs)
    with saved() as state:
        position = state.last_position()
        # The fresh run saved where it stood, so the next start opens there.
        assert position is not None and position.item_id == "p1-1"


def test_a_restart_returns_to_the_edition_read_last(tmp_path):
    lib_path = shelf(
        tmp_path / "eds", seed(), multi_page("2026-02-05"), multi_page("2026-02-06", 8022)
    )

    async def first(app, pilot, screen):
        assert screen.edition.id == "광남일보-2026-02-06"  # the newest, the first time
        await pilot.press("less_than_sign", "less_than_sign")
        await settle(app, pilot)
        assert screen.edition.id == "광남일보-2026-02-04"

    async def second(app, pilot, screen):
        assert screen.edition.id == "광남일보-2026-02-04"
        assert screen.library.entries[screen.edition_index].id == screen.edition.id

    run_shelf(lib_path, first)
    run_shelf(lib_path, second)


def test_an_edition_opened_again_in_a_session_resumes_too(tmp_path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await pilot.press("J", "J")
        assert screen.item_id == "p2-2"
        await pilot.press("less_than_sign")
        await settle(app, pilot)
        assert screen.item_id == "p1-1"
        await pilot.press("greater_than_sign")
        await settle(app, pilot)
        assert screen.item_id == "p2-2"

    run(lib, body, start=start)


@pytest.mark.parametrize(
    ("sizes", "down"),
    [(((70, 30), (200, 60)), 45), (((200, 60), (70, 30)), 41)],
    ids=["wider", "narrower"],
)
def test_another_terminal_width_resumes_in_the_same_paragraph(tmp_path, sizes, down):
    """Lines wrap differently at another width: the saved line still lies in the paragraph
    that was on top (the reader goes on from there), or the paragraph's start is shown."""
    lib_path = shelf(tmp_path / "eds", multi_page())
    seen = {}

    async def first(app, pilot, screen):
        view = screen.query_one(ArticleView)
        await pilot.press("tab", *["j"] * down)  # into a paragraph, not at its start
        await settle(app, pilot)
        seen["leaf"] = top_leaf(view.anchors, view.scroll_y)
        assert seen["leaf"].startswith("body.") and view.anchors[seen["leaf"]] < view.scroll_y

    async def second(app, pilot, screen):
        view = screen.query_one(ArticleView)
        assert view.scroll_y > 0
        assert top_leaf(view.anchors, view.scroll_y) == seen["leaf"]

    run_shelf(lib_path, first, size=sizes[0])
    run_shelf(lib_path, second, size=sizes[1])


# --- bookmarks --------------------------------------------------------------------


def test_bookmarks_add_list_open_delete(tmp_path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        view = screen.query_one(ArticleView)
        await pilot.press("B")  # 02-06 p1-1, at the top
        await settle(app, pilot)
        await pilot.press("J", "tab", *["j"] * 10, "B")  # 02-06 p2-1, further down
        await settle(app, pilot)
        leaf = screen.reading.bookmarks[0].leaf
        assert leaf is not None and leaf.startswith("body.")
        assert any(n.title == "Bookmarked" for n in notifications(app))
        await pilot.press("less_than_sign")
        await settle(app, pilot)
        assert screen.edition.id == MULTI

        await pilot.press("apostrophe")
        dialog = app.screen
        assert isinstance(dialog, BookmarksScreen)
        options = dialog.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(2)]
        assert labels[0].startswith(
            "반도체 수출 석 달째 증가\n광남일보 · 2026년 2월 6일 금요일 · paragraph "
        )  # newest first
        assert labels[1].startswith("“광주지역 전역, AI 실증 무대로 만들겠다”\n")
        assert " · top · 20" in labels[1]  # · the date and time it was added
        await pilot.press("enter")  # opens the newest: switches back to 02-06
        await settle(app, pilot)
        assert app.screen is screen
        assert screen.edition.id == "광남일보-2026-02-06" and screen.item_id == "p2-1"
        assert view.scroll_y == min(view.anchors[leaf], view.max_scroll_y) > 0

        await pilot.press("apostrophe", "j", "d")  # the older one
        options = app.screen.query_one(OptionList)
        assert options.option_count == 1
        assert [b.item_id for b in screen.reading.bookmarks] == ["p2-1"]
        await pilot.press("escape")
        assert app.screen is screen

    run(lib, body, start=start)
    with saved() as state:
        assert [(b.edition_id, b.item_id) for b in state.bookmarks()] == [
            ("광남일보-2026-02-06", "p2-1")
        ]


def test_deleting_the_last_bookmark_leaves_a_hint():
    async def body(app, pilot, screen):
        await pilot.press("B")
        await settle(app, pilot)
        await pilot.press("apostrophe", "d")
        options = app.screen.query_one(OptionList)
        assert str(options.get_option_at_index(0).prompt) == (
            "No bookmarks yet: B bookmarks the open article."
        )
        await pilot.press("enter")  # nothing to open
        assert isinstance(app.screen, BookmarksScreen)

    run(library(seed()), body)
    with saved() as state:
        assert state.bookmarks() == []


def test_bookmarks_survive_a_restart_and_the_palette_finds_them(tmp_path):
    lib_path = shelf(tmp_path / "eds", seed(), multi_page("2026-02-06", 8022))

    async def first(app, pilot, screen):
        await pilot.press("J", "J", "B")  # 지역 상권 회복세 뚜렷
        await settle(app, pilot)
        await pilot.press("less_than_sign")
        await settle(app, pilot)

    async def second(app, pilot, screen):
        assert screen.edition.id == "광남일보-2026-02-04"
        await palette(app, pilot, "Bookmark 상권")
        assert screen.edition.id == "광남일보-2026-02-06" and screen.item_id == "p2-2"

    run_shelf(lib_path, first)
    run_shelf(lib_path, second)


def test_a_bookmark_whose_edition_is_not_on_the_shelf_says_so(tmp_path):
    with State.open(strict=True) as state:
        state.add_bookmark(
            "광남일보-1999-01-01", "p1-1", "옛 기사", edition_path=tmp_path / "x.json"
        )

    async def body(app, pilot, screen):
        screen.open_bookmark(screen.reading.bookmarks[0])
        await pilot.pause()
        assert screen.edition.id == MULTI
        assert any(
            "not on this shelf" in n.message and "x.json" in n.message for n in notifications(app)
        )

    run(library(multi_page()), body)


# --- taking an article away -------------------------------------------------------


def test_y_copies_the_article_as_plain_text():
    async def body(app, pilot, screen):
        await pilot.press("y")
        assert app.clipboard == export.to_text(seed_article())
        assert any(n.title == "Copied to the clipboard" for n in notifications(app))

    run(library(seed()), body)


def test_x_saves_the_article_as_markdown_in_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    async def body(app, pilot, screen):
        await pilot.press("x")
        written = list(tmp_path.glob("*.md"))
        assert len(written) == 1
        assert written[0].name.startswith("광남일보-2026-02-04-p1-1-")
        assert written[0].read_text(encoding="utf-8") == export.to_markdown(seed_article())
        assert any(
            n.title == "Saved as Markdown" and str(written[0]) in n.message
            for n in notifications(app)
        )

    run(library(seed()), body)


def test_x_into_a_folder_that_cannot_be_written_is_an_error_not_a_crash(tmp_path, monkeypatch):
    folder = tmp_path / "gone"
    folder.mkdir()
    monkeypatch.chdir(folder)
    folder.rmdir()

    async def body(app, pilot, screen):
        await pilot.press("x")
        assert any(n.severity == "error" for n in notifications(app))

    run(library(seed()), body)


# --- when the state cannot be saved ---------------------------------------------------


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
