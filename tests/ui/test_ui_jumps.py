"""A story that jumps pages, read on: the jump line says where it leads, Enter follows it,
Space at the first part's end goes into its continuation before the next story, b at the
continuation's top back into the first part's end, Backspace comes back."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ui.widgets.panes import ArticleView
from tests.editions import library
from tests.ingest.test_jump_lines import FRONT, INSIDE
from tests.ui.conftest import drive, notifications, settle


def _text(jump_on: str) -> str:
    return FRONT.format(jump_on=jump_on) + "\f" + INSIDE.format(jump_from="▶1면에서 계속")


JUMPED = ingest_text(_text("▶2면에 계속"))
"""p1-1 goes on at p2-1; p1-2 is the next story in edition order."""
ASTRAY = ingest_text(_text("▶5면에 계속"))
"""p1-1's jump names page 5, which this edition has not."""


def _lines(view: ArticleView) -> list[str]:
    return ["".join(s.text for s in line).rstrip() for line in view._rendered.lines]


@drive(library(JUMPED), size=(100, 30))
async def test_space_at_the_first_parts_end_goes_on_into_its_continuation(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p1-1")
    await settle(app, pilot)
    assert "▶2면에 계속 · 시내버스 노선 개편" in _lines(view)  # where the jump leads
    await pilot.press("tab", "G", "space")  # the first part's end, then on
    await settle(app, pilot)
    assert screen.item_id == "p2-1" and view.scroll_y == 0  # not p1-2, the next story
    assert "▶1면에서 계속 · 시내버스 노선 31년 만에 전면 개편" in _lines(view)
    await pilot.press("backspace")
    await settle(app, pilot)
    assert screen.item_id == "p1-1"
    assert screen.sections.item_id == "p1-1"  # each part stays on its own page's list


@drive(library(JUMPED), size=(100, 30))
async def test_enter_follows_the_jump_and_b_comes_back_to_the_first_parts_end(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p1-1")
    await settle(app, pilot)
    await pilot.press("tab", "enter")
    await settle(app, pilot)
    assert screen.item_id == "p2-1"
    await pilot.press("b")  # at the continuation's top: back into the story's first part
    await settle(app, pilot)
    assert screen.item_id == "p1-1"
    assert view.scroll_y == view.max_scroll_y  # at its end, where the jump line is
    await pilot.press("enter")
    await settle(app, pilot)
    assert screen.item_id == "p2-1"
    await pilot.press("b", "space")  # b: the first part; Space there goes on again
    await settle(app, pilot)
    assert screen.item_id == "p2-1"


@drive(library(ASTRAY), size=(100, 30))
async def test_a_jump_to_a_page_not_in_the_edition_says_so_and_space_reads_on(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p1-1")
    await settle(app, pilot)
    assert "▶5면에 계속 · page 5: the other part is not in this edition" in _lines(view)
    await pilot.press("tab", "enter")
    await settle(app, pilot)
    assert screen.item_id == "p1-1"
    assert "page 5" in notifications(app)[-1].message
    await pilot.press("G", "space")
    await settle(app, pilot)
    assert screen.item_id == "p1-2"  # no continuation to go into: the next story


@drive(library(JUMPED), size=(100, 30))
async def test_space_at_a_continuations_end_reads_on_after_its_first_part(app, pilot, screen):
    # As in print: page 1's story, its rest on page 2, then back to page 1's next story.
    screen.open_item("p1-1")
    await settle(app, pilot)
    await pilot.press("tab", "G", "space")
    await settle(app, pilot)
    assert screen.item_id == "p2-1"
    await pilot.press("G", "space")
    await settle(app, pilot)
    assert screen.item_id == "p1-2"  # not the edition's end: page 1 was not done
    assert {"p1-1", "p2-1"} <= screen.read_ids  # the continuation paged past: read
    await pilot.press("G", "space")
    await settle(app, pilot)
    # The continuation comes next in print, and was read with its story: passed over.
    assert screen.item_id == "p1-2"
    assert screen.query_one("#edition-end").display


@drive(library(JUMPED), size=(100, 30))
async def test_space_at_the_end_of_a_continuation_not_jumped_into_goes_on_in_order(
    app, pilot, screen
):
    # Opened from the list, the continuation is read where it is printed: after it, the
    # next in order (here none), never back to page 1.
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pilot.press("tab", "G", "space")
    await settle(app, pilot)
    assert screen.item_id == "p2-1"
    assert screen.query_one("#edition-end").display
    # Unread, a continuation is not passed over: Space from page 1's last story reaches it.
    await pilot.press("m")  # paged past, it was read: unread again
    assert "p2-1" not in screen.read_ids
    screen.open_item("p1-2")
    await settle(app, pilot)
    await pilot.press("G", "space")
    await settle(app, pilot)
    assert screen.item_id == "p2-1"
