"""The search bar's status line on a terminal of 100 columns: short of room it leaves
out the scope before where the reader is and the Esc hint; it stops counting a result
once the reader has gone on from it; the bar is prompted by the key that opened it; a
long query it repeats is cut (80 columns)."""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import Static

from tests.editions import library, seed
from tests.ui.conftest import bar, drive, search, settle, status
from tests.ui.test_ui_archive_search import ONLY_IN_MARCH, search_all, three


def drawn_status(app) -> str:
    line = bar(app).query_one("#search-status", Static)
    return "".join(line.render_line(0).text).strip()


@drive(three, size=(100, 30))
async def test_a_short_line_keeps_where_the_reader_is_and_esc(app, pilot, screen):
    await search_all(app, pilot, "광주")
    found = len(screen.search_results.results)
    await pilot.press("down", "down", "down", "enter")
    await settle(app, pilot)
    shown = drawn_status(app)
    assert shown.startswith(f"result 4 of {found} · hit 1 of ") and shown.endswith("esc clears")
    assert "…" not in shown and "all editions" in status(app)  # the scope gave way
    width = bar(app).query_one("#search-status").content_region.width
    assert cell_len(shown) <= width


@drive(three, size=(100, 30))
async def test_the_status_stops_counting_a_result_the_reader_left(app, pilot, screen):
    await search_all(app, pilot, ONLY_IN_MARCH)
    await pilot.press("enter")
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2025-03-02" and "result 1 of 2" in status(app)
    await pilot.press("backspace")  # back to the day the reader came from
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2026-02-04"
    assert "2 results" in status(app) and "result 1 of" not in status(app)


@drive(three, size=(100, 30))
async def test_the_bar_is_prompted_by_the_key_that_opened_it(app, pilot, screen):
    await search_all(app, pilot, "광주")
    prompt = bar(app).query_one("#search-prompt", Static)
    assert str(prompt.render()) == "S"
    await pilot.press("escape", "escape")
    await search(app, pilot, "광주")
    assert str(prompt.render()) == "/"


@drive(library(seed()), size=(80, 24))
async def test_a_long_query_without_hits_is_cut_so_the_line_says_there_are_none(app, pilot, screen):
    await search(app, pilot, "[bold]없는말[/bold] " + "가나다라" * 10)
    shown = drawn_status(app)
    # The markup stays text; the query is cut to 20 cells, the line says the rest.
    assert shown.startswith("no hits for “[bold]없는말[/bold]…”"), shown
    width = bar(app).query_one("#search-status").content_region.width
    assert cell_len(shown) <= width
