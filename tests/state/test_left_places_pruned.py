"""Places of articles left part-read go when their edition has not been opened for
PLACES_KEPT (90 days): a year of mornings does not pile them up, and an edition read this
season keeps every place, however old."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.reading import Reading
from reader.state import State
from reader.state.glance import Glance
from reader.state.state import PLACES_KEPT
from tests.state.files import ED, ED2, raw

ED3 = "kj-2026-02-06"
START = datetime(2026, 2, 4, 6, 0, tzinfo=UTC)


class SetClock:
    """A clock the test sets: a morning, then months later."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def left_in(path: Path) -> set[tuple[str, str]]:
    """The places the file itself holds, read as another program would."""
    conn = raw(path)
    try:
        return {(e, i) for e, i in conn.execute("SELECT edition_id, item_id FROM left_places")}
    finally:
        conn.close()


def a_winter_of_mornings(path: Path, clock: SetClock) -> None:
    """ED read on the first morning and never again; ED2 read then and opened again 60
    days later (its old place kept); ED3 left part-read on the last morning."""
    with State.open(path, clock=clock) as s:
        for edition in (ED, ED2):
            s.set_position(edition, "p1-a1", scroll=3)
            s.leave(edition, "p1-a1", leaf="body.4", scroll=17)
        clock.now = START + timedelta(days=60)
        s.set_position(ED2, "p1-a2", scroll=0)  # opened again, at another article
        clock.now = START + PLACES_KEPT + timedelta(days=1)
        s.set_position(ED3, "p1-a1", scroll=5)
        s.leave(ED3, "p1-a1", leaf="body.2", scroll=9)


def test_places_of_an_edition_unopened_for_ninety_days_are_forgotten(tmp_path: Path):
    path, clock = tmp_path / "state.sqlite3", SetClock()
    a_winter_of_mornings(path, clock)
    with State.open(path, clock=clock) as s:
        assert s.prune_left() == 1
        assert set(s.all_left()) == {(ED2, "p1-a1"), (ED3, "p1-a1")}
        assert s.get_position(ED) is not None  # where its reading stopped stays
        assert s.prune_left() == 0
    assert left_in(path) == {(ED2, "p1-a1"), (ED3, "p1-a1")}


def test_a_day_short_of_ninety_days_nothing_goes(tmp_path: Path):
    path, clock = tmp_path / "state.sqlite3", SetClock()
    a_winter_of_mornings(path, clock)
    clock.now = START + PLACES_KEPT - timedelta(days=1)
    with State.open(path, clock=clock) as s:
        assert s.prune_left() == 0
    assert len(left_in(path)) == 3


def test_the_reader_prunes_when_it_loads_the_state(tmp_path: Path):
    path, clock = tmp_path / "state.sqlite3", SetClock()
    a_winter_of_mornings(path, clock)
    reading = Reading(Glance(), report=print, open_state=lambda: State.open(path, clock=clock))
    try:
        reading.position(ED3)  # waits for the state to load
        assert reading.left_at(ED, "p1-a1") is None
        place = reading.left_at(ED2, "p1-a1")
        assert place is not None and place.scroll == 17
    finally:
        reading.close()
    assert left_in(path) == {(ED2, "p1-a1"), (ED3, "p1-a1")}


def test_the_edition_the_reader_opens_on_keeps_its_places(tmp_path: Path):
    """`broadsheet` opened on an edition unopened for ninety days opens it now: the places
    of its articles are the ones the reader is about to want."""
    path, clock = tmp_path / "state.sqlite3", SetClock()
    a_winter_of_mornings(path, clock)
    first = Glance(edition_id=ED)
    reading = Reading(first, report=print, open_state=lambda: State.open(path, clock=clock))
    try:
        reading.position(ED3)  # waits for the state to load
        place = reading.left_at(ED, "p1-a1")
        assert place is not None and place.scroll == 17
    finally:
        reading.close()
    assert left_in(path) == {(ED, "p1-a1"), (ED2, "p1-a1"), (ED3, "p1-a1")}
