"""The UI tests' shared ground: the ways a test drives the app and waits for it (each
test's own BROADSHEET_HOME comes from tests/conftest.py).

A test waits for what it needs to see (a worker done, a message handled, a reactive
at its value), never for a length of time, so a loaded machine makes it slower, not
wrong. A wait that never holds fails after a count of the app's idle turns
(WAIT_TURNS), naming what it waited for; pytest's timeout below is the last resort.
"""

from __future__ import annotations

import asyncio
import linecache
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.notifications import Notification
from textual.pilot import Pilot

from reader.highlights import Mark
from reader.library import Library, open_library
from reader.model import Edition
from reader.search import EditionIndex, Hit
from reader.ui.app import BroadsheetApp
from reader.ui.screens.reader import WIDE, ReaderScreen
from reader.ui.widgets.document import DocumentView
from reader.ui.widgets.search import SearchBar
from reader.ui.widgets.search_hits import HitList
from tests.editions import SEED_JSON

UI_TIMEOUT = 600
"""Seconds a UI test may take before pytest stops it: a wait that never ends fails."""


COLLECTED = pytest.StashKey[set[str]]()
"""The node ids of every test collected, before -k or --deselect dropped any."""


# First, before the deselection: test_ui_snapshot_files.py tells a snapshot whose test is
# gone from one whose test this run did not choose.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    config.stash[COLLECTED] = {item.nodeid for item in items}
    if not config.pluginmanager.hasplugin("timeout"):  # pytest-timeout, of the test extra
        return
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.timeout(UI_TIMEOUT))


@pytest.fixture(autouse=True)
def notified(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every notification an app raises is kept for the test (`notifications`): the app's
    own list drops one when its timeout is out, which a slow machine reaches first."""
    notify = App.notify

    def keep(self: App, message: str, **kwargs) -> None:
        shown = Notification(
            message, kwargs.get("title", ""), kwargs.get("severity", "information")
        )
        self.__dict__.setdefault("_kept_notifications", []).append(shown)
        notify(self, message, **kwargs)

    monkeypatch.setattr(App, "notify", keep)


def notifications(app: App) -> list[Notification]:
    """The notifications the app raised, oldest first."""
    return app.__dict__.get("_kept_notifications", [])


@pytest.fixture(autouse=True)
def read_after(monkeypatch: pytest.MonkeyPatch) -> None:
    """No article counts as read by the clock in the middle of a test, however slow the
    machine: tests of the read timer shorten it themselves."""
    monkeypatch.setattr("reader.tracker.READ_AFTER", 3600.0)


# --- driving the app ------------------------------------------------------------------

Scenario = Callable[[BroadsheetApp, Pilot, ReaderScreen], Awaitable[None]]

THREE_PANES = (WIDE, 40)
"""The narrowest terminal with the ad pane beside the section list and the article."""


def drive(lib: Library | Callable[[Path], tuple[Library, int]], *, size=(120, 40), **kwargs):
    """Run the test body inside a headless app; `lib` may build a library in tmp_path."""

    def wrap(body: Scenario):
        def test(tmp_path: Path):
            library_, start = lib(tmp_path) if callable(lib) else (lib, 0)

            async def go():
                # As App.run does on Python 3.12+ (Textual 8.2), unlike run_test: tasks
                # start eagerly, so the app's messages come in the order the reader's do.
                if hasattr(asyncio, "eager_task_factory"):
                    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
                app = BroadsheetApp(library_, start, **kwargs)
                async with app.run_test(size=size) as pilot:
                    await pilot.pause()
                    await body(app, pilot, app.screen)

            asyncio.run(go())

        # Not functools.wraps: pytest would read the body's signature as fixtures.
        test.__name__ = test.__qualname__ = body.__name__
        return test

    return wrap


WAIT_TURNS = 500
"""Idle turns of the app a wait may see before it fails: each is a pilot pause (at least
20 ms) with no worker running, so a worker's slow progress never counts against it.
The waits of the passing suite need a few turns; a wait that never holds fails here,
named, instead of at pytest's timeout."""


async def wait_until(pilot: Pilot, done: Callable[[], object], what: str = "") -> None:
    """Let the app run until `done()` holds (the app's events handled between tries);
    fail, naming the condition (`what`, or the line that waits), after WAIT_TURNS idle
    turns."""
    idle = 0
    while not done():
        if idle >= WAIT_TURNS:
            pytest.fail(f"waited {WAIT_TURNS} idle turns for {what or _waiting_line(done)}")
        busy = any(not worker.is_finished for worker in pilot.app.workers)
        await pilot.pause()
        idle += not busy


def _waiting_line(done: Callable[[], object]) -> str:
    """Where a condition was written, and its line: a lambda's own text."""
    code = getattr(done, "__code__", None)
    if code is None:
        return repr(done)
    line = linecache.getline(code.co_filename, code.co_firstlineno).strip()
    return f"{Path(code.co_filename).name}:{code.co_firstlineno}: {line}"


async def settle(app: App, pilot: Pilot) -> None:
    """Wait for the workers, for those their messages start (the first search waits
    for the edition's index), and for the animations."""
    while True:
        await app.workers.wait_for_complete()
        await pilot.pause()
        if all(worker.is_finished for worker in app.workers):
            break
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def seed_app() -> BroadsheetApp:
    """The app on the shipped edition, as `broadsheet editions/광남일보-2026-02-04.json`."""
    library, start = open_library(SEED_JSON)
    return BroadsheetApp(library, start)


def focused_id(app: App) -> str | None:
    return app.focused.id if app.focused else None


def count_renders(view: DocumentView) -> list[int]:
    """The widths a pane renders its document at from now on."""
    widths: list[int] = []
    render = view.render_document

    def counted(width, palette, limit=None):
        widths.append(width)
        return render(width, palette, limit)

    view.render_document = counted  # type: ignore[method-assign]
    return widths


async def palette(app: App, pilot: Pilot, query: str) -> None:
    """Type a query into the command palette and take its first match."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    await pilot.press(*query)
    found = app.screen.query_one(CommandList)
    # The palette searches in a worker; its first match is highlighted once it is done.
    await wait_until(
        pilot,
        lambda: all(w.is_finished for w in app.workers) and found.highlighted is not None,
    )
    await pilot.press("enter")
    await settle(app, pilot)


# --- searching --------------------------------------------------------------------------


def hits_of(ed: Edition, query: str) -> list[Hit]:
    """The hits of a query in an edition, as the search of this edition finds them."""
    return EditionIndex(ed).search(query)


def bar(app: BroadsheetApp) -> SearchBar:
    return app.screen.search_bar


async def open_search(app: BroadsheetApp, pilot: Pilot, key: str = "slash") -> None:
    """Open the search bar (`/`, or `S` for all editions) and wait until it has the focus:
    what is typed before that goes elsewhere."""
    await pilot.press(key)
    await wait_until(pilot, lambda: bar(app).is_mounted and bar(app).input.has_focus)


async def typed(app: BroadsheetApp, pilot: Pilot, *keys: str) -> None:
    """Press keys in the search bar, then wait until what they typed is searched: the
    bar has sent the query (after the pause in the typing) and the search is done."""
    await pilot.press(*keys)
    await wait_until(pilot, lambda: not bar(app).pending)
    await settle(app, pilot)


async def search(app: BroadsheetApp, pilot: Pilot, query: str, key: str = "slash") -> None:
    await open_search(app, pilot, key)
    await typed(app, pilot, *query)


def status(app: BroadsheetApp) -> str:
    return bar(app).status().plain


def rows(app: BroadsheetApp) -> list[str]:
    hit_list = app.screen.query_one(HitList)
    return [str(hit_list.get_option_at_index(i).prompt) for i in range(hit_list.option_count)]


def current_marks(screen: ReaderScreen) -> list[tuple[str, str, Mark]]:
    return [
        (item, path, m)
        for item, paths in screen.highlights.items()
        for path, marks in paths.items()
        for m in marks
        if isinstance(m, Mark) and m.current
    ]
