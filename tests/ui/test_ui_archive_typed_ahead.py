"""Keys typed while the archive is still being searched act on its results once they
come: Down Down Enter typed ahead of the first search opens the third result, as it
would have once the list was there (they were dropped, and Enter opened the first)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

from reader.search.session import count
from reader.search.stream import ArchiveStream
from tests.ui.conftest import bar, drive, open_search, settle, wait_until
from tests.ui.test_ui_archive_search import three

QUERY = "광주"  # in many articles of the three editions


@contextmanager
def held_search() -> Iterator[threading.Event]:
    """The archive's search held in its worker until the event it yields is set: the
    keys typed meanwhile are queued and handled while no result has come."""
    started, release = threading.Event(), threading.Event()
    real = ArchiveStream.search

    def held(stream: ArchiveStream, *args, **kwargs) -> None:
        started.set()
        release.wait()
        real(stream, *args, **kwargs)

    with mock.patch.object(ArchiveStream, "search", held):
        try:
            yield started
        finally:
            release.set()


async def typed_ahead(app, pilot, *keys: str) -> None:
    """S, the query, and `keys` pressed while the search of the query is held."""
    with held_search() as started:
        await open_search(app, pilot, "S")
        await pilot.press(*QUERY)
        await wait_until(pilot, started.is_set)
        await pilot.press(*keys)
        assert app.screen.search_results is None  # nothing found yet: the keys came first
    await settle(app, pilot)


@drive(three)
async def test_down_down_enter_typed_ahead_open_the_third_result(app, pilot, screen):
    await typed_ahead(app, pilot, "down", "down", "enter")
    found = screen.search_results.results
    assert len(found) > 3
    assert (screen.search_at, screen.item_id) == (2, found[2].item_id)
    assert screen.edition.masthead.date == found[2].date


@drive(three)
async def test_moves_typed_ahead_count_once_and_keys_after_the_results_move_on(app, pilot, screen):
    # near miss: the moves typed ahead are not replayed as the archive's rows grow, and a
    # Down typed once the rows are there moves one row, as ever
    await typed_ahead(app, pilot, "down", "down")
    assert bar(app).cursor == 2 and screen.search_at is None  # listed, nothing opened
    await pilot.press("down", "enter")
    await settle(app, pilot)
    assert (screen.search_at, screen.item_id) == (3, screen.search_results.results[3].item_id)


@drive(three)
async def test_moves_typed_ahead_of_a_query_changed_since_are_dropped(app, pilot, screen):
    # near miss: Down Down typed for a query, then the query edited: the moves were aimed
    # at rows the reader never saw, so the new query's rows open at their first
    with held_search() as started:
        await open_search(app, pilot, "S")
        await pilot.press(*QUERY)
        await wait_until(pilot, started.is_set)
        await pilot.press("down", "down", "backspace")
    # the first search is cancelled by the second: wait for the second's rows, not all workers
    await wait_until(pilot, lambda: not bar(app).waiting)
    await pilot.pause()
    found = screen.search_results
    assert found.query == QUERY[:-1] and len(found.results) > 2
    assert bar(app).cursor == 0


@drive(three)
async def test_moves_typed_ahead_of_the_other_scope_are_dropped(app, pilot, screen):
    # near miss: Down Down typed for the archive's rows, then Tab to this edition's: the
    # edition's rows open at their first
    with held_search() as started:
        await open_search(app, pilot, "S")
        await pilot.press(*QUERY)
        await wait_until(pilot, started.is_set)
        await pilot.press("down", "down", "tab")
        await wait_until(pilot, lambda: not bar(app).waiting)
        await pilot.pause()
        assert bar(app).scope == "edition" and count(screen.search_results) > 2
        assert bar(app).cursor == 0
