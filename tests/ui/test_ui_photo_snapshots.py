"""How photos and the page map look (SVG snapshots: --snapshot-update, then look at them).

The edition is a generated PDF e-edition ingested with its photo files (tests.photo_editions);
photos are drawn in half-blocks, the fallback every terminal has."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.library import open_library
from reader.ui.app import BroadsheetApp
from reader.ui.screens.pagemap import PageMapScreen
from tests.editions import SEED_JSON
from tests.photo_editions import photo_library
from tests.ui.conftest import settle, wait_until

SIZES = [(80, 24), (120, 40)]


def photo_app(tmp_path: Path) -> BroadsheetApp:
    library, start = photo_library(tmp_path)
    return BroadsheetApp(library, start, pictures="halfblocks")


async def photo_in_view(pilot: Pilot) -> None:
    """The article with a photo open, the article pane focused and scrolled to the photo."""
    app = pilot.app
    screen = app.screen
    await wait_until(pilot, lambda: screen.open_item("p2-1"))
    await pilot.press("tab")
    await settle(app, pilot)
    view = screen.article_view
    [line] = view._rendered.figures.values()
    view.scroll_to(y=max(0, line - 3), animate=False)
    await settle(app, pilot)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_article_with_a_photo(snap_compare, tmp_path, size):
    assert snap_compare(photo_app(tmp_path), terminal_size=size, run_before=photo_in_view)


async def map_open(pilot: Pilot) -> None:
    """The page map of a page of three articles (photos in two) over an ad with a picture."""
    app = pilot.app
    await wait_until(pilot, lambda: app.screen.open_item("p2-1"))
    await pilot.press("p")
    await wait_until(pilot, lambda: isinstance(app.screen, PageMapScreen))
    await settle(app, pilot)


async def map_moved(pilot: Pilot) -> None:
    """Then right, right, down: the choice on the ad, the open article still tinted."""
    await map_open(pilot)
    await pilot.press("l", "l", "j")
    await settle(pilot.app, pilot)


def test_page_map(snap_compare, tmp_path):
    assert snap_compare(photo_app(tmp_path), terminal_size=(120, 40), run_before=map_open)


def test_page_map_moved(snap_compare, tmp_path):
    assert snap_compare(photo_app(tmp_path), terminal_size=(120, 40), run_before=map_moved)


def test_page_map_narrow(snap_compare, tmp_path):
    assert snap_compare(photo_app(tmp_path), terminal_size=(80, 24), run_before=map_moved)


async def list_open(pilot: Pilot) -> None:
    await pilot.press("p")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, PageMapScreen))
    await settle(pilot.app, pilot)


def test_page_map_without_geometry(snap_compare):
    library, start = open_library(SEED_JSON)
    app = BroadsheetApp(library, start)
    assert snap_compare(app, terminal_size=(120, 40), run_before=list_open)
