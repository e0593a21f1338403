"""The reader in Korean: how it looks (SVG snapshots at 80x24 and 120x40, the help screen),
that the footer fits at 80 columns by cell width, and what it says as it is used."""

from __future__ import annotations

import asyncio

import pytest
from rich.cells import cell_len
from textual.command import CommandPalette

from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.editions import EditionPicker
from reader.ui.widgets.footer import KeyFooter
from tests.ui.conftest import notifications, search, seed_app, settle, status, wait_until

SIZES = [(80, 24), (120, 40)]
pytestmark = pytest.mark.usefixtures("korean")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_article_view_korean(snap_compare, size):
    assert snap_compare(seed_app(), terminal_size=size, press=["tab"])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help_screen_korean(snap_compare, size):
    assert snap_compare(seed_app(), terminal_size=size, press=["question_mark"])


def run(body, size=(120, 40)):
    async def go():
        app = seed_app()
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await body(app, pilot)

    asyncio.run(go())


@pytest.mark.parametrize("width", [80, 100, 120])
def test_every_footer_key_fits_whole(width):
    """Hangul takes two cells: each key's words, measured in cells, fit its region, and
    every region lies within the screen (none is cut off at the right). At 80 columns the
    keys close up and the palette's key gives up its words, so that u has its own."""

    async def body(app, pilot):
        footer = app.screen.query_one(KeyFooter)
        assert [k.description for k in footer.keys] == [
            "다음",
            "이전",
            "안 읽은 기사",
            "광고",
            "지면",
            "호 목록",
            "도움말",
            "검색",
            "종료",
            "이동…",
        ]
        placed = footer.placed()
        line = footer.render_line(0)
        for start, end, key in placed:
            # Each key whole: its words, measured in cells, fit where it is drawn (a cell
            # either side, one less when closed up or without words).
            tight = key.compact or (key.palette and not key.description)
            room = cell_len(key.display + key.description) + (2 if tight else 3)
            assert room == end - start, key.description
            drawn = line.crop(start, end).text
            assert key.display in drawn and key.description in drawn, (drawn, key.description)
        assert placed[-1][1] == width and placed[-1][2].palette
        words = [key.description for _start, _end, key in placed]
        assert "안 읽은 기사" in words and ("이동…" in words) == (width > 80)

    run(body, size=(width, 24))


def test_what_the_reader_is_told_is_korean():
    async def body(app, pilot):
        await pilot.press("m")
        await pilot.press("B")
        await pilot.press("less_than_sign")
        await wait_until(pilot, lambda: len(notifications(app)) >= 3)
        told = [(n.title, n.message) for n in notifications(app)]
        assert ("", "읽음으로 표시했습니다.") in told
        assert ("북마크했습니다", "이 기사의 맨 위.") in told
        assert ("", "광남일보의 더 지난 호가 없습니다 (다른 신문은 e 키로).") in told

    run(body)


def test_the_panes_and_dialogs_are_titled_in_korean():
    async def body(app, pilot):
        screen = app.screen
        assert screen.sections.border_title == "지면"
        assert screen.ad_pane.border_title == "광고 · 1 인터뷰"
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
        dialog = app.screen.query_one("#picker-dialog")
        assert (dialog.border_title, dialog.border_subtitle) == (
            "호 목록 · 최근 호부터",
            "Enter 열기 · Esc 닫기",
        )
        await pilot.press("escape")
        await pilot.press("apostrophe")
        await wait_until(pilot, lambda: isinstance(app.screen, BookmarksScreen))
        shown = str(app.screen.query_one("#bookmark-list").get_option_at_index(0).prompt)
        assert shown == "아직 북마크가 없습니다. B 키로 열린 기사를 북마크합니다."

    run(body)


def test_the_search_line_speaks_korean():
    async def body(app, pilot):
        await search(app, pilot, "광주")
        hits = len(app.screen.search_results.hits)
        assert hits > 1
        assert status(app) == f"{hits}곳 중 1번째 · Enter 열기 · esc 닫기"
        assert app.screen.search_bar.hit_list.border_title == "검색 · 이 호"
        await pilot.press(*"없는말")
        await wait_until(pilot, lambda: not app.screen.search_bar.pending)
        await settle(app, pilot)
        assert status(app).startswith("“광주없는말” 검색 결과 없음")

    run(body)


def test_the_command_palettes_footer_speaks_korean():
    async def body(app, pilot):
        reader = app.screen
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: isinstance(app.screen, CommandPalette))
        keys = reader.query_one(KeyFooter).keys
        assert [(k.display, k.description) for k in keys] == [("esc", "이동 창 닫기")]

    run(body)
