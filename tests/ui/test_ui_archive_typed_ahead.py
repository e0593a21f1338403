"""Keys typed while the archive is still being searched act on its results once they
come: Down Down Enter typed ahead of the first search opens the third result, as it
would have once the list was there (they were dropped, and Enter opened the first).
So do keys that go past the rows listed while more are being read: they wait for the
next batch (a Down there wrapped to the first row)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from unittest import mock

from reader.search.session import count
from reader.search.stream import ArchiveStream, Found
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


@contextmanager
def held_after_first_batch() -> Iterator[threading.Event]:
    """The archive's search sends its first two results, then is held until the event it
    yields is set: the keys typed meanwhile see two rows of more to come."""
    sent, release = threading.Event(), threading.Event()
    real = ArchiveStream.search

    def held(stream: ArchiveStream, query, run, post, cancelled) -> None:
        stream.first_page = 2

        def post_then_hold(news) -> None:
            post(news)
            if isinstance(news, Found) and not sent.is_set():
                sent.set()
                release.wait()

        real(stream, query, run, post_then_hold, cancelled)

    with mock.patch.object(ArchiveStream, "search", held):
        try:
            yield sent
        finally:
            release.set()


async def typed_on_the_first_batch(app, pilot, *keys: str) -> None:
    """S, the query, and `keys` pressed once the first two rows are listed, the rest held."""
    with held_after_first_batch() as sent:
        await open_search(app, pilot, "S")
        await pilot.press(*QUERY)
        await wait_until(pilot, sent.is_set)
        await wait_until(pilot, lambda: bar(app).hit_list.option_count == 2)
        await pilot.press(*keys)
        assert bar(app).hit_list.option_count == 2  # the keys came before the next batch
    await settle(app, pilot)


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


@drive(three)
async def test_keys_past_the_first_batch_wait_for_the_next(app, pilot, screen):
    # three Downs on two rows listed, more coming: the cursor ends on the fourth row (it
    # wrapped to the second), and the Enter after them opens it
    await typed_on_the_first_batch(app, pilot, "down", "down", "down", "enter")
    found = screen.search_results.results
    assert len(found) > 4
    assert (screen.search_at, screen.item_id) == (3, found[3].item_id)


@drive(three)
async def test_keys_after_a_waiting_down_keep_their_order(app, pilot, screen):
    # Down Down Up Down: the Up comes after the Down that waits on the next batch, not
    # before it (nor wraps round the two rows listed), and nothing is opened
    await typed_on_the_first_batch(app, pilot, "down", "down", "up", "down")
    assert bar(app).cursor == 2 and screen.search_at is None


@drive(three)
async def test_down_on_the_last_row_of_all_results_wraps_as_ever(app, pilot, screen):
    # near miss: no more rows coming, a Down on the last row goes round to the first
    await open_search(app, pilot, "S")
    await pilot.press(*QUERY)
    await settle(app, pilot)
    results = screen.search_results
    assert results.complete
    await pilot.press("up")  # from the first row round to the last
    assert bar(app).cursor == count(results) - 1
    await pilot.press("down")
    assert bar(app).cursor == 0
