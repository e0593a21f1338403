"""Read marks in the app: the read timer, skimming, marking by hand, unread counts
(Pilot + State)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import OptionList

from reader.state import State
from reader.ui.screens.editions import EditionPicker
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.sections import SectionList
from tests.editions import library, multi_page
from tests.ui.conftest import settle, wait_until
from tests.ui.session import MULTI, prompt, run, saved, shelf_of_three


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
        assert labels[2].endswith("· 1 article · 1 unread")
        assert labels[1].endswith("· 3 articles · 2 unread")  # not loaded: counted from marks
        assert labels[0].endswith("· 3 articles · 2 unread")
        await pilot.press("escape", "J", "m", "J", "m", "e")
        options = app.screen.query_one(OptionList)
        assert str(options.get_option_at_index(0).prompt).endswith("· 3 articles · all read")

    run(lib, body, start=start)
