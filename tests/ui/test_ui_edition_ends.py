"""At the end (or the start) of an edition, J, K, ] and [ say so, and name the key to the
next edition that way when there is one."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import Static

from reader import i18n
from reader.library import open_library
from reader.ui.app import BroadsheetApp
from tests.editions import _article, multi_page, other_paper, pages_of, shelf
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.session import run, shelf_of_three

LAST = "The last article of this edition."


def said(app) -> list[str]:
    return [n.message for n in notifications(app)]


async def at_edition(app, pilot, screen, date: str, item_id: str | None = None) -> None:
    index = next(i for i, e in enumerate(screen.library.entries) if e.date == date)
    screen.open_edition(index)
    await wait_until(pilot, lambda: screen.edition is not None and screen.edition.id.endswith(date))
    if item_id:
        screen.open_item(item_id)
    await settle(app, pilot)


def end_line(screen) -> str | None:
    """The line under the panes at an edition's end, None while it is down."""
    line = screen.query_one("#edition-end", Static)
    return str(line.content) if line.display else None


def test_past_the_last_article_the_newer_edition_is_offered(tmp_path: Path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p2-2")  # its last article
        await pilot.press("J", "J", "J")
        assert screen.item_id == "p2-2"
        newer = f"{LAST} > opens the next edition: 광남일보 · Friday, February 6, 2026."
        assert end_line(screen) == newer
        assert len(screen.query("#edition-end")) == 1  # one line however often pressed
        assert said(app) == []  # no notice to stack
        await pilot.press("K")
        assert screen.item_id != "p2-2"
        assert end_line(screen) is None  # moved on: down
        await pilot.press("K", "K", "K")
        older = "The first article of this edition. < opens the edition before: 광남일보 · "
        assert end_line(screen).startswith(older)

    run(lib, body, start=start)


def test_the_end_offers_and_the_keys_step_to_the_same_papers_next_edition(tmp_path: Path):
    """Two papers on one shelf are two runs of editions: > skips the other paper's,
    whatever its date, and the notice names the paper it opens."""
    folder = shelf(
        tmp_path / "eds",
        multi_page("2026-02-05"),
        other_paper("한빛일보", "2026-02-06", 501),
        multi_page("2026-02-07", 8023),
        other_paper("한빛일보", "2026-02-08", 502),
    )
    lib, start = open_library(folder)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p2-2")
        await pilot.press("J")
        assert end_line(screen) == (
            f"{LAST} > opens the next edition: 광남일보 · Saturday, February 7, 2026."
        )
        await pilot.press("greater_than_sign")
        await wait_until(pilot, lambda: screen.edition.id == "광남일보-2026-02-07")
        await pilot.press("greater_than_sign")
        await settle(app, pilot)
        assert screen.edition.id == "광남일보-2026-02-07"
        assert said(app)[-1] == "No newer edition of 광남일보 (e lists every paper's)."

    run(lib, body, start=start)


def test_the_newest_editions_end_names_the_unread_left_then_the_other_editions(
    tmp_path: Path,
):
    """It said only that it was the last article: no key, at the end of the morning's
    paper, to what was left of it or on the shelf."""
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-06", "p2-2")
        await pilot.press("J")
        left = [a for a in screen.outline.articles if a != "p2-2"]
        assert len(left) > 1
        assert end_line(screen) == f"{LAST} {len(left)} articles unread: u opens the first."
        await pilot.press("u")  # the key it names: the first unread, from the start
        assert screen.item_id == left[0]
        for article in screen.outline.articles:
            screen.tracker.set_read(article, True)
        screen.open_item("p2-2")
        await settle(app, pilot)
        await pilot.press("J")
        assert end_line(screen) == f"{LAST} e lists every edition."

    run(lib, body, start=start)


def test_a_lone_edition_read_through_ends_saying_only_that(tmp_path: Path):
    # near miss: every article read and no other edition on the shelf: nothing to offer
    lib, start = open_library(shelf(tmp_path / "eds", multi_page("2026-02-06")))

    async def body(app, pilot, screen):
        for article in screen.outline.articles:
            screen.tracker.set_read(article, True)
        screen.open_item(screen.outline.articles[-1])
        await settle(app, pilot)
        await pilot.press("J")
        assert end_line(screen) == LAST

    run(lib, body, start=start)


def test_brackets_on_a_one_section_edition_say_so(tmp_path: Path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-04")
        await pilot.press("right_square_bracket")
        assert end_line(screen).startswith(
            "The last section of this edition. > opens the next edition: 광남일보"
        )
        await pilot.press("left_square_bracket")
        assert end_line(screen) == "The first section of this edition."

    run(lib, body, start=start)


def test_the_end_brings_back_no_notice_the_reader_closed(tmp_path: Path):
    lib, start = shelf_of_three(tmp_path)
    app = BroadsheetApp(lib, start)

    async def go() -> None:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            screen = app.screen
            await at_edition(app, pilot, screen, "2026-02-06", "p2-2")
            app.notify("A notice of the settings.", title="Settings", timeout=60)
            await wait_until(pilot, lambda: app.screen.query("Toast"))
            await pilot.press("J", "J", "J")
            await pilot.click("Toast")  # the reader closes it
            await pilot.press("J", "J", "J")
            assert not app.screen.query("Toast")
            assert said(app) == ["A notice of the settings."]  # posted once, never again
            assert end_line(screen).startswith(LAST)

    asyncio.run(go())


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", f"{LAST} > opens the next edition: 2026-02-06 Fri."),
        ("ko", "이 호의 마지막 기사입니다. > 키로 다음 호로 넘어갑니다: 2026년 2월 6일 금요일."),
    ],
)
def test_at_80_columns_the_next_edition_is_named_shortly_enough_for_one_line(
    tmp_path: Path, language: str, said: str
):
    """The paper is the same, so its name goes first, then the date's words: the line under
    the panes stays one line (it wrapped its date onto a second)."""
    i18n.use(language)
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p2-2")
        await pilot.press("J")
        assert end_line(screen) == said
        assert screen.query_one("#edition-end", Static).size.height == 1

    run(lib, body, start=start, size=(80, 24))


def test_space_past_the_last_article_keeps_its_end_in_view(tmp_path: Path):
    """The end's line takes a row from the panes: the article read to its end stayed where
    it was, its last line (the byline) gone under the line."""
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p2-2")  # its last article
        view = screen.article_view
        view.focus()
        await pilot.press("G")
        await wait_until(pilot, lambda: view.max_scroll_y > 0 and view.at_end)
        rows = view.scrollable_content_region.height
        await pilot.press("space")
        await wait_until(pilot, lambda: end_line(screen) is not None)
        await wait_until(pilot, lambda: view.scrollable_content_region.height < rows)
        await settle(app, pilot)
        assert view.at_end, (view.scroll_y, view.max_scroll_y)

    run(lib, body, start=start, size=(80, 24))


def test_the_end_line_leaves_an_article_read_at_its_top_where_it_was(tmp_path: Path):
    """The near miss: J at the last article, read from its top, stays at its top."""
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p2-2")
        view = screen.article_view
        await wait_until(pilot, lambda: view.max_scroll_y > 0)
        await pilot.press("J")
        await wait_until(pilot, lambda: end_line(screen) is not None)
        await settle(app, pilot)
        assert view.scroll_y == 0

    run(lib, body, start=start, size=(80, 24))


def test_j_and_k_in_one_go_leave_the_next_resize_alone(tmp_path: Path):
    """J at the last article's end and K handled before the next layout (typed in one go):
    the end kept for a resize outlived it, and a later resize threw the article K opened,
    read a page down, to its end."""
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p2-2")
        view = screen.article_view
        view.focus()
        await pilot.press("G")
        await wait_until(pilot, lambda: view.max_scroll_y > 0 and view.at_end)
        screen.action_step_article(1)  # J: the end's line
        screen.action_step_article(-1)  # K, before any layout: the line down again
        await wait_until(pilot, lambda: screen.item_id == "p2-1")
        await settle(app, pilot)
        await pilot.press("pagedown")
        await settle(app, pilot)
        read_to = view.scroll_y
        assert 0 < read_to < view.max_scroll_y
        await pilot.resize_terminal(90, 24)
        await settle(app, pilot)
        assert view.scroll_y == read_to

    run(lib, body, start=start, size=(80, 24))


def test_in_korean_the_unread_left_fit_the_line_at_80_columns(tmp_path: Path):
    i18n.use("ko")
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-06", "p2-2")
        await pilot.press("J")
        left = len(screen.outline.articles) - 1
        assert (
            end_line(screen) == f"이 호의 마지막 기사입니다. 안 읽은 기사 {left}건: u 키로 엽니다."
        )
        assert screen.query_one("#edition-end", Static).size.height == 1

    run(lib, body, start=start, size=(80, 24))


def test_the_end_line_keeps_the_last_headline_whole_in_the_list(tmp_path: Path):
    """The line under the panes takes a row from the list: its last headline, wrapped on
    two lines and scrolled into view before, lost its second line below the list's edge."""
    headline = "번째 기사의 제목은 목록 한 줄을 넘는다"
    stories = [_article(f"p1-{n}", f"{n}{headline}", 2) for n in range(12)]
    lib, start = open_library(shelf(tmp_path / "eds", pages_of(stories)))

    async def body(app, pilot, screen):
        sections = screen.sections
        screen.open_item(stories[-1].id)
        await settle(app, pilot)
        await pilot.press("J")
        await wait_until(pilot, lambda: (end_line(screen) or "").startswith(LAST))
        await settle(app, pilot)
        lines = sections._laid_out()
        first = lines.first[sections.highlighted]
        last = first + lines.count(sections.highlighted) - 1
        assert lines.count(sections.highlighted) == 2  # it wraps at 80 columns
        window = sections.scrollable_content_region.height
        assert sections.scroll_offset.y <= first and last < sections.scroll_offset.y + window

    run(lib, body, start=start, size=(80, 24))
