"""The article pane wrapped anew (the ads shown or hidden, the terminal resized) keeps the
line that was on top on top, mid-paragraph too."""

from __future__ import annotations

from reader.library import open_library
from tests.editions import SEED_JSON
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
