"""A story that jumps pages, read on: the jump line says where it leads, Enter follows it,
Space at the first part's end goes into its continuation before the next story, b at the
continuation's top back into the first part's end, Backspace comes back."""

from __future__ import annotations

import msgspec

from reader.i18n import _ as translated
from reader.ingest import ingest_text
from reader.library import open_library
from reader.model import Edition, Jump
from reader.ui.screens.reader_jumps import NO_JUMP
from reader.ui.widgets.panes import ArticleView
from tests.editions import jumping_story, library, multi_page, pages_of, shelf, story_in_three
from tests.ingest.test_jump_lines import FRONT, INSIDE
from tests.ui.conftest import drive, notifications, settle


def _text(jump_on: str) -> str:
    return FRONT.format(jump_on=jump_on) + "\f" + INSIDE.format(jump_from="▶1면에서 계속")


JUMPED = ingest_text(_text("▶2면에 계속"))
"""p1-1 goes on at p2-1; p1-2 is the next story in edition order."""
ASTRAY = ingest_text(_text("▶5면에 계속"))
"""p1-1's jump names page 5, which this edition has not."""


IN_THREE = story_in_three()


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
async def test_enter_in_an_article_without_a_jump_line_says_so(app, pilot, screen):
    screen.open_item("p1-2")  # the next story: printed whole on its page
    await settle(app, pilot)
    await pilot.press("tab", "enter")
    await settle(app, pilot)
    assert screen.item_id == "p1-2"
    assert notifications(app)[-1].message == translated(NO_JUMP)


@drive(library(JUMPED), size=(100, 30))
async def test_enter_on_a_story_that_jumps_follows_it_without_that_notice(app, pilot, screen):
    screen.open_item("p1-1")  # the near miss: a jump line, so Enter has somewhere to go
    await settle(app, pilot)
    await pilot.press("tab", "enter")
    await settle(app, pilot)
    assert screen.item_id == "p2-1"
    assert all(n.message != translated(NO_JUMP) for n in notifications(app))


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


async def _space_at_the_end(app, pilot, times: int = 1) -> None:
    for _ in range(times):
        await pilot.press("G", "space")
        await settle(app, pilot)


@drive(library(IN_THREE), size=(100, 30))
async def test_a_story_in_three_parts_is_read_through_then_page_one_goes_on(app, pilot, screen):
    assert screen.article_view.article.jump_on.item == "b"  # linked as the linker links
    screen.open_item("a")
    await settle(app, pilot)
    await pilot.press("tab")
    read = [screen.item_id]
    for _ in range(4):
        await _space_at_the_end(app, pilot)
        read.append(screen.item_id)
    # The story through its three parts, then back to page 1, as in print; its parts,
    # read, are passed over where they are printed.
    assert read == ["a", "b", "c", "a2", "b2"]
    await _space_at_the_end(app, pilot)
    assert screen.item_id == "c2"


@drive(library(IN_THREE), size=(100, 30))
async def test_b_back_into_a_middle_part_keeps_the_storys_first_part(app, pilot, screen):
    screen.open_item("a")
    await settle(app, pilot)
    await pilot.press("tab")
    await _space_at_the_end(app, pilot, 2)
    assert screen.item_id == "c"
    await pilot.press("g", "b")  # back to the middle part's end, then on again
    await settle(app, pilot)
    assert screen.item_id == "b"
    await _space_at_the_end(app, pilot, 2)
    assert screen.item_id == "a2"
    # Near miss: the middle part opened where it is printed reads on after it, not page 1.
    screen.open_item("b")
    await settle(app, pilot)
    await _space_at_the_end(app, pilot, 2)
    assert screen.item_id == "b2"


BROKEN_LINKS = pages_of(
    [
        msgspec.structs.replace(
            jumping_story("gone"), jump_on=Jump("▶9면에 계속", 9, item="nowhere")
        ),
        msgspec.structs.replace(jumping_story("self"), jump_on=Jump("▶1면에 계속", 1, item="self")),
        msgspec.structs.replace(jumping_story("ad"), jump_on=Jump("▶3면에 계속", 3, item="p1-2")),
        *multi_page().pages[0].items,
        jumping_story("orphan", jump_from=7),  # its first part, on page 7, not in the edition
    ]
)
"""Jumps a hand-edited file may hold: to an item it has not, to the story itself, to an ad;
and a continuation whose first part is missing."""


@drive(library(BROKEN_LINKS), size=(100, 30))
async def test_space_reads_on_past_a_jump_that_leads_to_no_other_story(app, pilot, screen):
    screen.open_item("gone")
    await settle(app, pilot)
    await pilot.press("tab", "enter")  # followed: it says so, and stays
    await settle(app, pilot)
    assert screen.item_id == "gone"
    assert "page 9" in notifications(app)[-1].message
    read = [screen.item_id]
    for _ in range(3):
        await _space_at_the_end(app, pilot)
        read.append(screen.item_id)
    assert read == ["gone", "self", "ad", "p1-1"]
    await _space_at_the_end(app, pilot)  # into the continuation whose first part is missing
    assert screen.item_id == "orphan"
    await pilot.press("g", "b")  # b at its top: no first part to go back into
    await settle(app, pilot)
    assert screen.item_id == "p1-1"


def _dated(day: int) -> Edition:
    """JUMPED on another day: the same paper, so its items have the same ids."""
    assert JUMPED.masthead is not None
    masthead = msgspec.structs.replace(JUMPED.masthead, date=f"2026-12-{day:02}", weekday=None)
    return msgspec.structs.replace(JUMPED, id=f"가람일보-2026-12-{day:02}", masthead=masthead)


@drive(lambda tmp: open_library(shelf(tmp / "eds", _dated(7), _dated(8))), size=(100, 30))
async def test_a_jump_in_one_edition_leads_nowhere_in_the_next(app, pilot, screen):
    assert screen.edition.id == "가람일보-2026-12-08"
    screen.open_item("p2-1")  # the 8th left at its continuation, opened where printed
    await settle(app, pilot)
    await pilot.press("less_than_sign")
    await settle(app, pilot)
    screen.open_item("p1-1")  # the 7th: its story's end, on into its continuation
    await settle(app, pilot)
    await pilot.press("tab")
    await _space_at_the_end(app, pilot)
    assert screen.item_id == "p2-1"
    await pilot.press("greater_than_sign")
    await settle(app, pilot)
    assert (screen.edition.id, screen.item_id) == ("가람일보-2026-12-08", "p2-1")
    # Not jumped into here: after it the edition ends, never the 8th's p1-2.
    await _space_at_the_end(app, pilot)
    assert screen.item_id == "p2-1" and screen.query_one("#edition-end").display


@drive(library(IN_THREE), size=(100, 30))
async def test_b_steps_back_over_a_continuation_read_as_space_stepped_over_it(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("a")
    await settle(app, pilot)
    await pilot.press("tab")
    await _space_at_the_end(app, pilot, 4)
    assert screen.item_id == "b2"  # a, b, c, a2, then b2: b, read, passed over
    await pilot.press("g", "b")
    await settle(app, pilot)
    assert screen.item_id == "a2" and view.scroll_y == view.max_scroll_y > 0
    # Near miss: a continuation not read yet is where b goes, as Space would.
    await pilot.press("m")  # a2 unread, and b too
    screen.open_item("b")
    await pilot.press("m")
    screen.open_item("b2")
    await settle(app, pilot)
    await pilot.press("b")
    await settle(app, pilot)
    assert screen.item_id == "b"
