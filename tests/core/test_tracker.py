"""The reading tracker (reader.tracker) without the app: the read timer on a clock the
test runs, scrolling to the end, where reading stopped and where an edition opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.reading import Reading
from reader.state import State
from reader.state.glance import Glance
from reader.tracker import ReadingTracker, Resume, top_leaf

EDITION = "광남일보-2026-02-05"  # multi_page()


class Timers:
    """The tracker's clock: what it asked to run later, run when the test says."""

    def __init__(self) -> None:
        self.due: list[tuple[float, Callable[[], None]]] = []

    def schedule(self, delay: float, callback: Callable[[], None]) -> Callable[[], None]:
        entry = (delay, callback)
        self.due.append(entry)
        return lambda: self.due.remove(entry)

    def elapse(self) -> None:
        """Time passes: every timer still set fires."""
        due, self.due = self.due, []
        for _, callback in due:
            callback()


@pytest.fixture
def reading(tmp_path: Path):
    state = State.open(tmp_path / "state.sqlite")
    reading = Reading(Glance(), report=print, open_state=lambda: state)
    yield reading
    reading.close()


@pytest.fixture
def timers() -> Timers:
    return Timers()


def tracker(reading: Reading, timers: Timers, marks: list[frozenset[str]]) -> ReadingTracker:
    t = ReadingTracker(reading, timers.schedule, marks.append, read_after=3.0)
    assert t.show(EDITION, "eds/x.json") == frozenset()
    return t


def test_an_article_open_long_enough_is_read(reading, timers):
    marks: list[frozenset[str]] = []
    t = tracker(reading, timers, marks)
    t.opened("p1-1")
    assert [delay for delay, _ in timers.due] == [3.0]
    timers.elapse()
    assert marks == [frozenset({"p1-1"})] and reading.is_read(EDITION, "p1-1")
    t.opened("p1-1")
    assert timers.due == []  # read already: no clock


def test_leaving_an_article_stops_its_clock(reading, timers):
    marks: list[frozenset[str]] = []
    t = tracker(reading, timers, marks)
    t.opened("p1-1")
    t.opened("p2-1")
    assert len(timers.due) == 1
    timers.elapse()
    assert marks == [frozenset({"p2-1"})]


def test_marking_by_hand_stops_the_clock(reading, timers):
    marks: list[frozenset[str]] = []
    t = tracker(reading, timers, marks)
    t.opened("p2-1")
    assert t.toggle_read("p2-1") is True
    assert t.toggle_read("p2-1") is False
    timers.elapse()  # the clock does not undo the hand
    assert not reading.is_read(EDITION, "p2-1")
    assert marks == [frozenset({"p2-1"}), frozenset()]


def test_scrolling_to_the_end_reads_it(reading, timers):
    marks: list[frozenset[str]] = []
    t = tracker(reading, timers, marks)
    t.opened("p2-1")
    t.scrolled("p2-1", "body.3", 12.0, at_end=False)
    assert marks == []
    t.scrolled("p2-1", "body.29", 80.0, at_end=True)
    assert marks == [frozenset({"p2-1"})] and timers.due == []


def test_the_pane_of_another_article_is_not_the_open_ones_place(reading, timers):
    marks: list[frozenset[str]] = []
    t = tracker(reading, timers, marks)
    t.opened("p2-1")
    t.scrolled("p2-1", "body.3", 12.0, at_end=False)
    t.scrolled("p2-2", "body.29", 80.0, at_end=True)  # the next, drawn before it is opened
    assert marks == []
    t.opened("p2-2")
    assert t.left_at("p2-1") == Resume("p2-1", "body.3", 12)


def test_an_article_left_part_read_opens_there_again_at_its_top_or_end_not(reading, timers):
    t = tracker(reading, timers, [])
    t.opened("p2-1")
    t.scrolled("p2-1", "body.7", 30.0, at_end=False)
    t.opened("p2-2")
    t.scrolled("p2-2", "body.29", 80.0, at_end=True)  # read to its end
    t.opened("p1-1")  # opened and left at its top
    t.opened("p2-1")
    assert t.left_at("p2-1") == Resume("p2-1", "body.7", 30)
    assert t.left_at("p2-2") is None and t.left_at("p1-1") is None
    t.scrolled("p2-1", "body.7", 30.0, at_end=False)  # the screen took it there
    t.opened("p2-1")  # the open one chosen again (in the list): it does not move
    t.save()
    assert reading.position(EDITION).scroll == 30
    t.scrolled("p2-1", "headline", 0.0, at_end=False)  # read back up to its top
    t.opened("p2-2")
    assert t.left_at("p2-1") is None
    # Another edition: its articles have places of their own, this one's are kept.
    t.scrolled("p2-2", "body.2", 9.0, at_end=False)
    t.show("광남일보-2026-02-06", "eds/y.json")
    assert t.left_at("p2-2") is None
    # ... and where reading stopped in the one left is saved: it opens there again.
    assert reading.position(EDITION).scroll == 9
    t.show(EDITION, "eds/x.json")
    assert t.left_at("p2-2") == Resume("p2-2", "body.2", 9)
    assert t.resume(["p2-2"]) == Resume("p2-2", "body.2", 9)


def test_an_edition_opens_at_a_target_else_where_reading_stopped_else_first(reading, timers):
    t = tracker(reading, timers, [])
    articles = ["p1-1", "p2-1", "p2-2"]
    assert t.resume(articles) == Resume("p1-1", None, 0)
    t.opened("p2-2")
    t.scrolled("p2-2", "body.4", 17.4, at_end=False)
    t.save()
    assert t.resume(articles) == Resume("p2-2", "body.4", 17)
    assert t.resume(articles, ("p2-1", "body.2")) == Resume("p2-1", "body.2", None)
    assert t.resume(articles, ("p2-1", "body.2"), line=40) == Resume("p2-1", "body.2", 40)
    assert t.resume(articles, ("gone", None)) == Resume("p2-2", "body.4", 17)
    assert t.resume(["p1-1"]) == Resume("p1-1", None, 0)  # the article left the edition
    assert t.resume([]) is None


def test_a_saved_line_holds_while_its_paragraph_is_on_top():
    anchors = {"headline": 0, "body.0": 2, "body.1": 9, "body.2": 20}
    assert Resume("a", "body.1", 12).scroll_to(anchors) == 12
    # Narrower: line 12 now lies in body.0, so the paragraph's start is shown.
    assert Resume("a", "body.1", 12).scroll_to({**anchors, "body.1": 14}) == 14
    assert Resume("a", "body.2", None).scroll_to(anchors) == "body.2"
    assert not Resume("a", None, 0).moves and Resume("a", None, 5).moves


def test_top_leaf_is_the_last_that_starts_above_the_line_or_on_the_next():
    anchors = {"headline": 0, "body.0": 2, "body.1": 9}
    assert top_leaf(anchors, 0) == "headline"
    assert top_leaf(anchors, 1) == "body.0"  # its blank line shows it
    assert top_leaf(anchors, 8) == "body.1"
    assert top_leaf(anchors, 30) == "body.1"
    assert top_leaf({}, 3) is None
