"""Esc and an emptied query end a search in the app: the article painted as it was before
the search (at once, however many hits were shown), the bar closed, the highlights and the
results cleared, the focus given back (the rest of search: test_ui_search.py)."""

from __future__ import annotations

from reader.ui.widgets.panes import ArticleView
from reader.ui.widgets.search_hits import HitList
from tests.editions import library, seed
from tests.ui.conftest import (
    bar,
    count_renders,
    drive,
    focused_id,
    open_search,
    search,
    settle,
    status,
    typed,
)

# --- Esc ----------------------------------------------------------------------------------


@drive(library(seed()))
async def test_esc_paints_the_article_as_rendered_before_the_search(app, pilot, screen):
    view = screen.query_one(ArticleView)
    widths = count_renders(view)
    await search(app, pilot, "오상진")
    await pilot.press("enter")
    await settle(app, pilot)
    renders = len(widths)
    assert renders and view._rendered.current_hit_line() is not None
    await pilot.press("escape")
    await settle(app, pilot)
    assert view._rendered.current_hit_line() is None and not view.highlights
    assert len(widths) == renders  # the render from before the search, kept


@drive(library(seed()))
async def test_esc_paints_the_article_at_once_after_many_hits_were_shown(app, pilot, screen):
    """More hits shown than renders are kept: the one without highlights is kept still."""
    view = screen.query_one(ArticleView)
    await search(app, pilot, "인공지능")
    await pilot.press("enter")
    await settle(app, pilot)
    widths = count_renders(view)
    for _ in range(view.RENDERS_KEPT + 1):  # each hit a render of its own
        await pilot.press("n")
        await settle(app, pilot)
    assert len(widths) >= view.RENDERS_KEPT
    renders = len(widths)
    await pilot.press("escape")
    await settle(app, pilot)
    assert not view.highlights and len(widths) == renders


@drive(library(seed()))
async def test_esc_closes_the_bar_and_clears_the_highlights(app, pilot, screen):
    await search(app, pilot, "오상진")
    await pilot.press("enter", "n")
    await settle(app, pilot)
    view = screen.query_one(ArticleView)
    assert view.highlights and view._rendered.current_hit_line() is not None
    await pilot.press("escape")
    await settle(app, pilot)
    assert not bar(app).display
    assert screen.highlights == {} and not view.highlights
    assert view._rendered.current_hit_line() is None
    assert screen.search_results is None and screen.search_at is None
    await pilot.press("n")  # nothing to step through now
    assert screen.search_at is None
    await open_search(app, pilot)
    assert app.focused.value == "" and status(app) == "esc closes"


@drive(library(seed()))
async def test_esc_while_typing_gives_the_focus_back(app, pilot, screen):
    await pilot.press("tab")
    assert focused_id(app) == "article"
    await search(app, pilot, "오상진")
    await pilot.press("escape")
    assert focused_id(app) == "article" and not bar(app).display
    assert screen.highlights == {}


@drive(library(seed()))
async def test_clearing_the_query_clears_the_results(app, pilot, screen):
    await search(app, pilot, "오상진")
    assert screen.highlights
    await typed(app, pilot, *["backspace"] * 3)
    assert screen.search_results is None and screen.highlights == {}
    assert not screen.query_one(HitList).display
