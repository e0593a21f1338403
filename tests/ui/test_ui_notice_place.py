"""A notice stands on the panes' bottom border: never over the rows under them, the line
that says the edition ends or the search bar, whatever shows there; with nothing but
the footer under the panes it stands where it always did."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from reader.model import Article
from reader.ui.widgets.search import SearchBar
from tests.ui.conftest import search, settle
from tests.ui.session import run_with_notices, shown_toast

SIZE = (80, 24)


async def noticed(app, pilot):
    """A notice posted now, once on screen and placed."""
    app.notify("이 호에는 한자가 없어 보여 줄 독음이 없습니다.")
    toast = await shown_toast(app, pilot)
    await settle(app, pilot)
    return toast


def test_at_the_edition_end_the_notice_stands_above_the_line(tmp_path: Path):
    async def body(app, pilot):
        screen = app.screen
        panes, line = screen.query_one("#panes"), screen.query_one("#edition-end", Static)
        articles = [it for _, it in screen.edition.items() if isinstance(it, Article)]
        screen.open_item(articles[-1].id)
        await settle(app, pilot)
        await pilot.press("J")  # past the last article: the line under the panes
        await settle(app, pilot)
        assert line.display
        toast = (await noticed(app, pilot)).region
        assert not toast.overlaps(line.region)
        assert toast.bottom == panes.region.bottom  # on the panes' border
        await pilot.press("K")  # moved on: the line goes down, the notice with it
        await settle(app, pilot)
        assert not line.display and toast.bottom < panes.region.bottom
        assert screen.query_one("Toast").region.bottom == panes.region.bottom

    run_with_notices(tmp_path, SIZE, body)


def test_the_search_list_is_never_under_a_notice(tmp_path: Path):
    async def body(app, pilot):
        await search(app, pilot, "광주")
        bar = app.screen.query_one(SearchBar)
        assert bar.hit_list.display and bar.hit_list.option_count
        toast = (await noticed(app, pilot)).region
        assert not toast.overlaps(bar.region)
        assert toast.bottom == app.screen.query_one("#panes").region.bottom

    run_with_notices(tmp_path, SIZE, body)


def test_with_only_the_footer_under_the_panes_a_notice_stands_where_it_did(tmp_path: Path):
    # near miss: nothing to keep clear but the footer, which Textual's place keeps clear
    async def body(app, pilot):
        toast = (await noticed(app, pilot)).region
        assert toast.bottom == app.screen.query_one("#panes").region.bottom == SIZE[1] - 1

    run_with_notices(tmp_path, SIZE, body)
