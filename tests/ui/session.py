"""One session of the app at a time, as a process start sees the reading state."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets._toast import Toast

from reader.library import Library, open_library
from reader.state import State
from reader.ui.app import BroadsheetApp
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.sections import SectionList
from tests.editions import multi_page, seed, shelf
from tests.ui.conftest import settle, wait_until

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


def shelf_of_two(tmp_path: Path) -> tuple[Library, int]:
    return open_library(shelf(tmp_path / "eds", seed(), multi_page("2026-02-05")))


def shelf_of_three(tmp_path: Path) -> tuple[Library, int]:
    return open_library(
        shelf(tmp_path / "eds", seed(), multi_page("2026-02-05"), multi_page("2026-02-06", 8022))
    )


def prompt(screen: ReaderScreen, option_id: str) -> str:
    return str(screen.query_one(SectionList).prompt(option_id))


def run_with_notices(tmp_path: Path, size: tuple[int, int], body) -> None:
    """A session on three editions with notices shown, as a reader sees them."""
    lib, start = shelf_of_three(tmp_path)

    async def go() -> None:
        app = BroadsheetApp(lib, start)
        async with app.run_test(size=size, notifications=True) as pilot:
            await pilot.pause()
            await body(app, pilot)

    asyncio.run(go())


async def shown_toast(app, pilot) -> Toast:
    """The notice on screen once it has arrived and settled."""
    await wait_until(pilot, lambda: app.screen.query(Toast))
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    return app.screen.query_one(Toast)
