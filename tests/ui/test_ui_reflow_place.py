"""The article pane wrapped anew (the ads shown or hidden, the terminal resized) keeps the
line that was on top on top, mid-paragraph too."""

from __future__ import annotations

import msgspec
import pytest

from reader.library import open_library
from tests.editions import SEED_JSON, multi_page, shelf
from tests.ui.conftest import drive, settle


def on_top(view) -> tuple[int, str]:
    """The first line in view that has text: its row, and its text."""
    lines = view._rendered.lines
    for row in range(view.scrollable_content_region.height):
        text = "".join(s.text for s in lines[view.scroll_offset.y + row]).strip()
        if text:
            return row, text
    raise AssertionError("nothing in view")


def still_on_top(view, before: tuple[int, str]) -> bool:
    """The same row shows the line where the old top line began (its first word)."""
    row, text = on_top(view)
    return row == before[0] and before[1].split()[0] in text.split()


@drive(lambda tmp: open_library(SEED_JSON), size=(80, 24), fresh=True)
async def test_showing_and_hiding_the_ads_keeps_the_line_on_top(app, pilot, screen):
    view = screen.article_view
    await pilot.press("tab", *["space"] * 4, "j", "j")  # mid-paragraph
    await settle(app, pilot)
    before, width = on_top(view), view.size.width
    await pilot.press("a")
    await settle(app, pilot)
    assert view.size.width != width and still_on_top(view, before)
    await pilot.press("a")
    await settle(app, pilot)
    assert on_top(view) == before


@drive(lambda tmp: open_library(SEED_JSON), size=(120, 40), fresh=True)
async def test_a_resized_terminal_keeps_the_line_on_top(app, pilot, screen):
    view = screen.article_view
    await pilot.press("tab", "space", "space", "j")
    await settle(app, pilot)
    before = on_top(view)
    await pilot.resize_terminal(90, 40)
    await settle(app, pilot)
    assert still_on_top(view, before)
    await pilot.resize_terminal(200, 40)
    await settle(app, pilot)
    assert still_on_top(view, before)


@pytest.mark.parametrize("moved", [False, True], ids=["kept", "moved-while-taller"])
def test_a_taller_then_shorter_pane_keeps_the_line_on_top(tmp_path, moved):
    """The article at its measure at both sizes: the text is not wrapped anew, yet grown
    the pane shows the last lines lower down, and back the reader is where they were;
    where they scrolled to while it was taller, they are there instead."""

    @drive(lambda tmp: open_library(SEED_JSON), size=(120, 40), fresh=True)
    async def body(app, pilot, screen):
        view = screen.article_view
        await pilot.press("tab", "G")
        await settle(app, pilot)
        before, width = on_top(view), view.size.width
        await pilot.resize_terminal(120, 60)
        await settle(app, pilot)
        assert view.size.width == width and on_top(view) != before
        if moved:
            await pilot.press("g")  # to the article's top
            await settle(app, pilot)
            before = on_top(view)
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        assert on_top(view) == before

    body(tmp_path)


def short_interview(paragraphs: int):
    """The seed's interview cut to its first blocks: at 120x40 a few lines more than the
    pane, at 200x50 all in view."""
    edition = multi_page()
    page = edition.pages[0]
    article = page.items[0]
    article = msgspec.structs.replace(article, body=article.body[:paragraphs])
    page = msgspec.structs.replace(page, items=[article, *page.items[1:]])
    return msgspec.structs.replace(edition, pages=[page, *edition.pages[1:]])


@pytest.mark.parametrize("blocks", [6, None], ids=["fits-at-200x50", "whole"])
def test_maximised_and_restored_the_line_on_top_comes_back(tmp_path, blocks):
    edition = short_interview(blocks) if blocks else multi_page()

    @drive(lambda tmp: open_library(shelf(tmp / "eds", edition)), size=(120, 40), fresh=True)
    async def body(app, pilot, screen):
        view = screen.article_view
        screen.open_item("p1-1")
        await pilot.press("tab", "G")  # to the last page (Space there would read on)
        await settle(app, pilot)
        before = on_top(view)
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.resize_terminal(200, 50)
        await settle(app, pilot)
        assert (view.max_scroll_y == 0) == (blocks is not None)  # all of it in view, or not
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        assert on_top(view) == before
        await pilot.resize_terminal(80, 24)  # and on, through another size
        await pilot.resize_terminal(200, 50)
        await pilot.resize_terminal(120, 40)
        await settle(app, pilot)
        assert on_top(view) == before

    body(tmp_path)


@pytest.mark.parametrize("grown", [True, False], ids=["grown", "same-height"])
def test_k_after_the_pane_grows_scrolls_at_once(tmp_path, grown):
    """At the article's end a taller pane can scroll less far: the first k moves the text,
    not a target below the pane's new end. Near miss: the pane as it was."""

    @drive(lambda tmp: open_library(SEED_JSON), size=(120, 40), fresh=True)
    async def body(app, pilot, screen):
        view = screen.article_view
        await pilot.press("tab", "G")
        await settle(app, pilot)
        if grown:
            await pilot.resize_terminal(120, 60)
            await settle(app, pilot)
        end = view.scroll_y
        assert end == view.max_scroll_y > 0
        await pilot.press("k")
        await settle(app, pilot)
        assert view.scroll_y == end - 1

    body(tmp_path)
