"""Back (Backspace): to where the reader was before a search hit opened, step by step."""

from __future__ import annotations

from reader.ui.widgets.panes import ArticleView
from reader.ui.widgets.sections import SectionList
from tests.editions import generated, library
from tests.ui.conftest import (
    drive,
    hits_of,
    notifications,
    palette,
    search,
    settle,
    wait_until,
)
from tests.ui.session import shelf_of_three


def _place(screen):
    sections = screen.query_one(SectionList)
    view = screen.query_one(ArticleView)
    return screen.item_id, round(view.scroll_y), screen.ads_page, sections.highlighted


@drive(library(generated()))
async def test_back_returns_to_the_place_before_the_hits(app, pilot, screen):
    view = screen.query_one(ArticleView)
    view.focus()
    await pilot.press("space")
    await wait_until(pilot, lambda: view.scroll_y > 0)
    before = _place(screen)
    hits = hits_of(screen.edition, "목포")
    assert {screen.outline.page_of[h.item_id] for h in hits} == {2, 3}  # elsewhere
    await search(app, pilot, "목포")
    await pilot.press("enter")
    await settle(app, pilot)
    first = _place(screen)
    assert first[0] == hits[0].item_id != before[0]
    await pilot.press("n")  # to the ad on page 4
    await settle(app, pilot)
    assert screen.ads_page == 3
    await pilot.press("backspace")
    await settle(app, pilot)
    assert _place(screen) == first  # one step: the hit before
    await pilot.press("backspace")
    await settle(app, pilot)
    await wait_until(pilot, lambda: _place(screen) == before)  # the scroll comes once drawn
    assert screen.search_results is not None  # the search stays, n goes on from there


@drive(library(generated()))
async def test_back_with_nowhere_to_go_says_so(app, pilot, screen):
    start = _place(screen)
    await pilot.press("backspace")
    await settle(app, pilot)
    assert _place(screen) == start
    assert notifications(app)[-1].message.startswith("Nothing to go back to")


@drive(library(generated()))
async def test_backspace_in_the_query_edits_it(app, pilot, screen):
    await search(app, pilot, "목포")
    await pilot.press("backspace")
    assert app.focused.value == "목"


@drive(library(generated()))
async def test_back_returns_from_a_palette_jump(app, pilot, screen):
    before = _place(screen)
    await palette(app, pilot, "비엔날레 본격화")
    assert screen.item_id == "p4-1"
    await pilot.press("backspace")
    await settle(app, pilot)
    assert _place(screen) == before


@drive(shelf_of_three)
async def test_back_returns_from_an_edition_picked(app, pilot, screen):
    await pilot.press("J")
    await settle(app, pilot)
    shown = screen.edition.id, screen.item_id
    await pilot.press("e", "j", "enter")
    await wait_until(pilot, lambda: screen.edition is not None and screen.edition.id != shown[0])
    await pilot.press("backspace")
    await wait_until(pilot, lambda: (screen.edition.id, screen.item_id) == shown)


@drive(library(generated()), size=(80, 24))
async def test_back_returns_from_an_article_opened_on_the_page_map(app, pilot, screen):
    before = _place(screen)
    await pilot.press("p", "right_square_bracket", "enter")  # the next page's first box
    await wait_until(pilot, lambda: screen.item_id != before[0])
    assert screen.outline.page_of[screen.item_id] == 1
    await pilot.press("backspace")
    await settle(app, pilot)
    assert _place(screen) == before


@drive(library(generated()))
async def test_back_returns_from_an_article_chosen_in_the_list(app, pilot, screen):
    before = _place(screen)
    sections = screen.query_one(SectionList)
    sections.highlighted = sections.index_of("p3-1")
    await pilot.press("enter")
    await settle(app, pilot)
    assert screen.item_id == "p3-1"
    await pilot.press("J")  # a step is not a jump: Back skips it
    await settle(app, pilot)
    await pilot.press("backspace")
    await settle(app, pilot)
    assert _place(screen) == before


@drive(shelf_of_three)
async def test_back_passes_over_an_edition_deleted_since_and_says_so(app, pilot, screen):
    await pilot.press("J")
    await settle(app, pilot)
    shown = screen.edition.id, screen.item_id
    for edition_id in ("광남일보-2026-02-05", "광남일보-2026-02-04"):
        await pilot.press("e", "j", "enter")  # the one before
        await wait_until(pilot, lambda edition_id=edition_id: screen.edition.id == edition_id)
    await pilot.press("e", "k", "d", "y", "escape")  # the 5th, deleted
    await wait_until(pilot, lambda: screen.library.find("광남일보-2026-02-05") is None)
    await pilot.press("backspace")
    await wait_until(pilot, lambda: (screen.edition.id, screen.item_id) == shown)
    assert notifications(app)[-1].message == (
        "광남일보-2026-02-05 is no longer on the shelf: back passes over it."
    )


@drive(shelf_of_three)
async def test_back_from_another_edition_returns_to_the_line_read(app, pilot, screen):
    """Back to another edition opened the article at the top of the paragraph on top,
    not at the line read: a paragraph read partway jumped back up to its first line."""
    view = screen.article_view
    view.focus()
    await pilot.press("space")
    await wait_until(pilot, lambda: view.scroll_y > 0)
    while view.anchors[view.top_leaf()] == round(view.scroll_y):  # inside a paragraph
        await pilot.press("j")
        await settle(app, pilot)
    shown, line = (screen.edition.id, screen.item_id), round(view.scroll_y)
    await pilot.press("e", "j", "enter")
    await wait_until(pilot, lambda: screen.edition is not None and screen.edition.id != shown[0])
    await pilot.press("backspace")
    await wait_until(pilot, lambda: (screen.edition.id, screen.item_id) == shown)
    await settle(app, pilot)
    assert round(view.scroll_y) == line
