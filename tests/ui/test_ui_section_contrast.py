"""The section list's read rows read in every theme: the open article's once read (on
the cursor), another read one, and a page's unread count, measured as drawn (a dim cell
as Textual's dim filter draws it: part way to its background)."""

from __future__ import annotations

from rich.segment import Segment
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.filter import dim_color

from reader.library import open_library
from tests.editions import multi_page, shelf
from tests.ui.conftest import drive, settle
from tests.ui.test_ui_theme_contrast import LEAST, THEMES, in_theme, ratio


def shown_contrast(segment: Segment) -> float:
    style = segment.style
    assert style is not None and style.color is not None and style.bgcolor is not None
    fg = dim_color(style.bgcolor, style.color, DIM_FACTOR) if style.dim else style.color
    return ratio(Color.from_rich_color(fg), Color.from_rich_color(style.bgcolor))


def lowest(widget, text: str) -> float:
    """The lowest contrast among the cells of the row of the list that holds `text`."""
    for y in range(widget.size.height):
        strip = widget.render_line(y)
        if text in strip.text:
            return min(shown_contrast(s) for s in strip if s.text.strip())
    raise AssertionError(f"{text!r} is not in the list")


@drive(lambda tmp: open_library(shelf(tmp / "eds", multi_page())))
async def test_read_rows_and_counts_read_in_every_theme(app, pilot, screen):
    screen.open_item("p2-2")
    await settle(app, pilot)
    await pilot.press("m")  # read: the open one
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pilot.press("m")
    screen.open_item("p2-2")  # the open row, read, under the cursor
    await settle(app, pilot)
    assert {"p2-1", "p2-2"} <= screen.read_ids
    sections = screen.sections
    low = {}
    for theme in THEMES:
        await in_theme(app, pilot, theme)
        for what, text in (("open", "지역 상권"), ("read", "반도체 수출"), ("count", "1 unread")):
            if (c := lowest(sections, text)) < LEAST:
                low[theme, what] = round(c, 2)
    assert not low
