"""Reading on with Space: at an article's end it opens the next, b at an article's top the
previous one at its end; the article pane's border says how long the article takes to
read and how far down it is."""

from __future__ import annotations

import msgspec
import pytest

from reader.model import Block, Text
from reader.reading_time import reading_minutes
from reader.ui.widgets.document import PAGE_KEPT
from reader.ui.widgets.panes import ArticleView
from tests.editions import library, multi_page
from tests.ui.conftest import drive, settle
from tests.ui.terminal import composed


def with_a_short_story():
    """multi_page with a three-line story between the two long ones of page 2."""
    edition = multi_page()
    page = edition.pages[1]
    short = msgspec.structs.replace(
        page.items[0],
        id="p2-short",
        headline=Text("짧은 소식"),
        body=[Block("paragraph", "시청 앞 광장에 성탄 트리가 섰다.")],
    )
    pages = list(edition.pages)
    pages[1] = msgspec.structs.replace(page, items=[page.items[0], short, page.items[1]])
    return msgspec.structs.replace(edition, pages=pages)


async def page_down(app, pilot, times: int = 1) -> None:
    for _ in range(times):
        await pilot.press("space")
        await settle(app, pilot)


@drive(library(with_a_short_story()), size=(80, 24))
async def test_space_at_an_articles_end_opens_the_next_and_never_skips_one(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    presses = 0
    while view.scroll_y < view.max_scroll_y:
        await page_down(app, pilot)
        presses += 1
        assert screen.item_id == "p2-1", f"left the article before its end ({presses} pages)"
    await page_down(app, pilot)  # at the end: on to the next, at its top
    assert screen.item_id == "p2-short" and view.scroll_y == 0
    # The short story fits: one Space shows it, the next goes on, one story at a time.
    await page_down(app, pilot)
    assert screen.item_id == "p2-2" and view.scroll_y == 0


@drive(library(with_a_short_story()), size=(80, 24))
async def test_a_story_paged_past_is_read_though_it_never_scrolls(app, pilot, screen):
    screen.open_item("p2-short")  # it fits: there is no end to scroll to
    await settle(app, pilot)
    await pilot.press("J", "K")  # skimmed past: not read
    assert "p2-short" not in screen.read_ids
    await page_down(app, pilot)  # read through to the next story
    assert screen.item_id == "p2-2" and "p2-short" in screen.read_ids


@drive(library(with_a_short_story()), size=(80, 24))
async def test_b_at_an_articles_top_opens_the_previous_at_its_end(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-2")
    await settle(app, pilot)
    await pilot.press("tab", "b")  # from the article pane too
    await settle(app, pilot)
    assert screen.item_id == "p2-short"
    await pilot.press("b")
    await settle(app, pilot)
    assert screen.item_id == "p2-1"
    assert view.scroll_y == view.max_scroll_y > 0
    await pilot.press("b")
    await settle(app, pilot)
    assert screen.item_id == "p2-1" and view.scroll_y < view.max_scroll_y  # paged up in it


@drive(library(with_a_short_story()), size=(80, 24))
async def test_space_at_the_editions_last_article_says_so(app, pilot, screen):
    screen.open_item("p2-2")
    await settle(app, pilot)
    await pilot.press("G")
    await page_down(app, pilot)
    assert screen.item_id == "p2-2"
    assert screen.query_one("#edition-end").display


@drive(library(with_a_short_story()), size=(80, 24))
async def test_the_border_says_how_far_down_the_article_is(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    height = view.scrollable_content_region.height
    lines = len(view.plain().splitlines())
    assert lines > 3 * height
    minutes = reading_minutes(view.article)
    assert minutes > 1  # 30 paragraphs
    assert str(view.border_subtitle) == f"2/4 · {minutes} min · {100 * height // lines}%"
    await pilot.press("G")
    await settle(app, pilot)
    assert str(view.border_subtitle) == f"2/4 · {minutes} min · 100%"
    await app.run_action("screen.step_article(1)")  # the short story shows whole: no percent
    await settle(app, pilot)
    assert str(view.border_subtitle) == "3/4 · 1 min"


@drive(library(with_a_short_story()), size=(40, 12))
async def test_a_narrow_border_keeps_how_far_down_the_article_is(app, pilot, screen):
    # Cut at its end, the subtitle lost the percent, the one part that changes as the
    # reader reads: the minutes are left out first, then the place.
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pilot.press("tab", "space")
    await settle(app, pilot)
    bottom = composed(app)[view.region.bottom - 1].rstrip()
    assert bottom.endswith(f"─ 2/4 · {view.progress()}% ─╯")
    await pilot.resize_terminal(36, 12)  # narrower still: the percent alone
    await settle(app, pilot)
    bottom = composed(app)[view.region.bottom - 1].rstrip()
    assert bottom.endswith(f"─ {view.progress()}% ─╯")


@pytest.mark.usefixtures("korean")
@drive(library(with_a_short_story()), size=(80, 24))
async def test_the_reading_time_is_said_in_korean(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-short")
    await settle(app, pilot)
    assert str(view.border_subtitle) == "3/4 · 1분"


@drive(library(with_a_short_story()), size=(80, 24))
async def test_the_progress_follows_a_resize(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    before = str(view.border_subtitle)
    await pilot.resize_terminal(80, 44)
    await settle(app, pilot)
    height = view.scrollable_content_region.height
    lines = len(view.plain().splitlines())
    minutes = reading_minutes(view.article)
    assert str(view.border_subtitle) == f"2/4 · {minutes} min · {100 * height // lines}%" != before


@drive(library(with_a_short_story()), size=(80, 24))
async def test_keys_pressed_in_quick_succession_each_count(app, pilot, screen):
    # Keys come faster than a page scrolls (a third of a second): the pilot waits for each
    # key's scroll, so the actions run here back to back, as such keys reach the pane.
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    page = view.scrollable_content_region.height - PAGE_KEPT
    view.action_page_down()
    view.action_page_down()
    await settle(app, pilot)
    assert view.scroll_y == 2 * page  # two pages, not one and a bit
    view.action_page_up()
    view.action_page_up()
    await settle(app, pilot)
    assert view.scroll_y == 0
    view.action_scroll_end()
    view.action_page_down()  # at the end already: on into the next story
    await settle(app, pilot)
    assert screen.item_id == "p2-short"


@drive(library(with_a_short_story()), size=(80, 24))
async def test_keys_at_an_end_in_quick_succession_read_on_one_story_at_a_time(app, pilot, screen):
    # A held Space: the second key reaches the pane at the first story's end, before the
    # next story is open. It must not read on past that story unseen, nor mark it read.
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    view.action_scroll_end()
    await settle(app, pilot)
    view.action_page_down()
    view.action_page_down()
    await settle(app, pilot)
    assert screen.item_id == "p2-short" and "p2-short" not in screen.read_ids
    screen.open_item("p2-2")  # and b, held at a story's top, steps back one story
    await settle(app, pilot)
    view.action_page_up()
    view.action_page_up()
    await settle(app, pilot)
    assert screen.item_id == "p2-short"


@drive(library(with_a_short_story()), size=(80, 24))
async def test_a_pane_squeezed_out_of_sight_neither_pages_nor_reads_on(app, pilot, screen):
    # At 20 columns the section list takes the whole width: the article pane has none.
    # Space (from the list, or in the pane focused) paged it unseen, and on past its end
    # into the next stories; G read it.
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pilot.press("space")  # from the list: the article pages
    await settle(app, pilot)
    left = view.scroll_y
    assert left > 0 and screen.sections.has_focus
    await pilot.resize_terminal(20, 8)
    await settle(app, pilot)
    assert view.size.width == 0
    presses = 3 * view.max_scroll_y // view.size.height
    for focus in ("", "tab"):  # the list focused, then the pane
        await pilot.press(*focus and [focus], *["space"] * presses, "G")
        await settle(app, pilot)
        assert screen.item_id == "p2-1" and view.scroll_y == left
        assert not {"p2-1", "p2-short"} & screen.read_ids
    assert view.has_focus
    await pilot.press("j")
    await pilot.resize_terminal(80, 24)  # seen again, it pages
    await settle(app, pilot)
    assert view.scroll_y == left
    await pilot.press("space")
    await settle(app, pilot)
    assert view.scroll_y > left
