"""The section list on an edition longer than its pane: what it renders, where it
scrolls, and the keys that move through it (Pilot, headless)."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.pilot import Pilot
from textual.strip import Strip

from reader.library import Library
from reader.model import Article, Block, Edition, Image, Page
from reader.ui.app import BroadsheetApp
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.sections import Row, SectionList
from tests.editions import _article, library, seed
from tests.ui.conftest import drive
from tests.ui.session import run

PAGES = 30
PER_PAGE = 4


def long_edition() -> Edition:
    """30 pages of four short articles: 150 rows, for a pane of about 35."""
    pages = [
        Page(
            number,
            "경제",
            [_article(f"p{number}-{n}", f"{number}면 {n}번째 기사", 2) for n in range(PER_PAGE)],
        )
        for number in range(1, PAGES + 1)
    ]
    return msgspec.structs.replace(seed(), id="광남일보-2026-03-01", pages=pages)


def with_titles(*articles: Article) -> Edition:
    """long_edition with these articles in place of its first page's second item."""
    edition = long_edition()
    first = edition.pages[0]
    items = [first.items[0], *articles, *first.items[2:]]
    pages = [msgspec.structs.replace(first, items=items), *edition.pages[1:]]
    return msgspec.structs.replace(edition, pages=pages)


def long_list(_tmp: Path) -> tuple[Library, int]:
    return library(long_edition()), 0


def on_screen(sections: SectionList) -> list[str]:
    top, height = sections.scroll_offset.y, sections.scrollable_content_region.height
    return [sections.row_id(i) for i in range(top, top + height)]


def cursor(sections: SectionList) -> str:
    assert sections.highlighted is not None
    return sections.row_id(sections.highlighted)


FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # a family, drawn as one
# 38 characters, then the family across the 40th (where a cut by code points fell)
LONG_CAPTION = f"가람천 둔치 가족 나들이, 봄꽃 축제를 찾은 시민들이 강변을 따라 걷{FAMILY}는 모습"


def test_the_list_renders_the_rows_on_its_screen_only(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    row_prompt = SectionList._row_prompt

    def counted(self: SectionList, row: Row, width: int | None = None) -> object:
        asked.append(row.id)
        return row_prompt(self, row, width)

    monkeypatch.setattr(SectionList, "_row_prompt", counted)

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        sections = screen.sections
        shown = on_screen(sections)
        assert shown[:2] == ["page:0", "p1-0"]  # the top of the list, the open article
        assert sorted(set(asked)) == sorted(shown)

    run(library(long_edition()), body)


@drive(long_list)
async def test_the_list_scrolls_to_the_article_opened(app, pilot, screen):
    sections = screen.sections
    screen.open_item("p25-2")
    await pilot.pause()
    assert "p25-2" in on_screen(sections)
    assert cursor(sections) == "p25-2"
    assert str(sections.prompt("p25-2")).startswith("▶ ")


@drive(long_list)
async def test_home_end_and_pages_move_over_the_page_headers(app, pilot, screen):
    sections = screen.sections
    await pilot.press("end")
    assert cursor(sections) == f"p{PAGES}-{PER_PAGE - 1}" and cursor(sections) in on_screen(
        sections
    )
    await pilot.press("home")
    assert cursor(sections) == "p1-0" and on_screen(sections)[0] == "p1-0"  # as OptionList scrolled
    await pilot.press("pagedown")
    height = sections.scrollable_content_region.height
    # A screenful down, or the next article when that row is a page header.
    assert sections.highlighted in (1 + height, 2 + height)
    assert not cursor(sections).startswith("page:") and cursor(sections) in on_screen(sections)
    await pilot.press("pageup")
    assert cursor(sections) == "p1-0"
    await pilot.press("up")  # from the first article round to the last
    assert cursor(sections) == f"p{PAGES}-{PER_PAGE - 1}"
    await pilot.press("down")
    assert cursor(sections) == "p1-0"
    assert screen.item_id == "p1-0"  # moving is not opening


@drive(long_list)
async def test_the_wheel_scrolls_the_list_without_moving_the_cursor(app, pilot, screen):
    sections = screen.sections
    for _ in range(3):
        sections.post_message(events.MouseScrollDown(sections, 4, 5, 0, 1, 0, False, False, False))
    await pilot.pause()
    assert sections.scroll_offset.y > 0
    assert cursor(sections) == "p1-0"


@drive(long_list)
async def test_page_up_in_the_first_screenful_keeps_a_cursor(app, pilot, screen):
    """The row a screenful up is the first page's header: the cursor goes to the first
    article, never off the list (Enter would then open nothing)."""

    sections = screen.sections
    await pilot.press("down", "down")
    assert cursor(sections) == "p1-2"
    await pilot.press("pageup")
    assert cursor(sections) == "p1-0"
    await pilot.press("pageup", "enter")
    assert screen.item_id == "p1-0"


@drive(long_list)
async def test_dragging_over_the_list_selects_no_text(app, pilot, screen):
    """A row is a choice: a drag across the list leaves no band and copies nothing."""

    sections = screen.sections
    await pilot.mouse_down(SectionList, offset=(2, 2))
    await pilot.hover(SectionList, offset=(20, 6))
    await pilot.mouse_up(SectionList, offset=(20, 6))
    await pilot.pause()
    assert sections not in screen.selections
    assert not screen.get_selected_text()


def row_strip(sections: SectionList, row_id: str) -> Strip:
    return sections.render_line(sections.line_of(row_id) - sections.scroll_offset.y)


def test_a_row_is_drawn_once_until_its_mark_or_the_cursor_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    row_prompt = SectionList._row_prompt

    def counted(self: SectionList, row: Row, width: int | None = None) -> Text:
        asked.append(row.id)
        return row_prompt(self, row, width)

    monkeypatch.setattr(SectionList, "_row_prompt", counted)

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        sections = screen.sections
        asked.clear()
        unread = row_strip(sections, "p1-1")
        assert unread.text.startswith("• 1면 1번째 기사")
        assert row_strip(sections, "p1-1") is unread and asked == ["p1-1"]  # drawn once

        sections.read_ids = frozenset({"p1-1"})  # read: no dot, muted
        read = row_strip(sections, "p1-1")
        assert read.text.startswith("  1면 1번째 기사") and asked == ["p1-1", "p1-1"]
        title = {s.style.color for s in unread if s.style and "기사" in s.text}
        muted = {s.style.color for s in read if s.style and "기사" in s.text}
        assert len(muted) == 1 and muted != title  # a colour of its own, not the terminal's faint
        assert not any(s.style and s.style.dim for s in read)

        await pilot.press("j")  # the cursor comes onto the row: its look changes
        assert cursor(sections) == "p1-1"
        under_cursor = row_strip(sections, "p1-1")
        assert under_cursor.text == read.text
        assert {s.style.bgcolor for s in under_cursor if s.style} != {
            s.style.bgcolor for s in read if s.style
        }
        assert row_strip(sections, "p1-0").text.startswith("▶ ")  # the open one, redrawn

    run(library(long_edition()), body)


def test_a_long_korean_headline_wraps_whole_under_its_mark() -> None:
    """A headline is what the list is for: wider than the list, it goes on under its mark
    (at 120 columns the shipped interview's was cut two cells short of its end), broken
    at a space, never inside a syllable; the next row keeps its own line."""
    title = "광주지역 전역에서 인공지능 실증 사업을 벌이는 기업들이 한자리에 모였다"
    edition = with_titles(_article("long", title, 2))

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        sections = screen.sections
        width = sections.scrollable_content_region.width
        start = sections.line_of("long")
        after = sections.line_of(sections.row_id(sections.index_of("long") + 1))
        assert after - start > 1  # more than one line
        for look in ("", "cursor"):
            if look:
                await pilot.press("j")
                assert cursor(sections) == "long"
            top = sections.scroll_offset.y
            strips = [sections.render_line(y - top) for y in range(start, after)]
            assert all(s.cell_length == cell_len(s.text) == width for s in strips)
            lines = [s.text.rstrip() for s in strips]
            assert lines[0].startswith("• ") and all(line.startswith("  ") for line in lines[1:])
            assert " ".join(line[2:] for line in lines) == title  # whole, no '…'
            # the cursor's look is on every line of its row
            looks = {frozenset(seg.style.bgcolor for seg in s if seg.style) for s in strips}
            assert len(looks) == 1

    run(library(edition), body)


def test_a_title_with_a_newline_or_a_tab_stays_on_its_row() -> None:
    """The terminal would obey both: the row's second half written over the next line, or
    the border moved to a tab stop."""
    edition = with_titles(
        _article("nl", "첫 줄 제목\n둘째 줄 제목", 2), _article("tab", "표\t제목\t탭 끝", 3)
    )

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        sections = screen.sections
        width = sections.scrollable_content_region.width
        for item_id, shown in (("nl", "첫 줄 제목 둘째 줄"), ("tab", "표 제목 탭 끝")):
            strip = row_strip(sections, item_id)
            assert "\n" not in strip.text and "\t" not in strip.text
            assert strip.cell_length == cell_len(strip.text) == width
            assert shown in strip.text

    run(library(edition), body)


def test_a_row_is_drawn_at_the_width_the_frame_asks_before_the_resize_comes(monkeypatch):
    # In tmux, after the picker opened another edition, the list was a frame at its new
    # width before its Resize came: rows cut to the old width stayed ('겨…   ').
    from textual.geometry import Region

    async def body(app, pilot, screen):
        sections = screen.sections
        wide = sections.scrollable_content_region.width
        assert sections.scroll_offset.y == 0 and not sections.row_id(1).startswith("page:")
        y = 1  # the first headline
        # narrower by a word: the headline's first line ends sooner there
        narrow = property(lambda self: Region(0, 0, wide - 8, 24))
        with monkeypatch.context() as patched:
            patched.setattr(SectionList, "scrollable_content_region", narrow)
            cut = sections.render_line(y)
        again = sections.render_line(y)  # the frame at the width it has now, no Resize yet
        assert cut.cell_length == wide - 8
        assert again.cell_length == wide
        assert len(again.text.rstrip()) > len(cut.text.rstrip())  # not the narrow cut, padded

    run(library(seed()), body, size=(80, 24))


def test_a_photo_printed_without_a_headline_is_listed_by_its_caption() -> None:
    """A photo page's items are a photo and its caption: the row says so, never a blank."""
    shot = Block(
        kind="photo",
        text="",
        image=Image(src="e/p2-photo1-ad79210e072c.jpg", width=360, height=240),
    )
    edition = with_titles(
        Article(
            id="snap",
            body=[shot, Block(kind="caption", text="가람천 하구의 큰고니")],
        ),
        Article(id="bare", body=[shot]),
        Article(id="long", body=[shot, Block(kind="caption", text=LONG_CAPTION)]),
        Article(
            id="blank",
            body=[
                shot,
                Block(kind="caption", text=" "),
                Block(kind="paragraph", text="본문이 이어지는 문단으로, 사진의 설명이 아니다."),
            ],
        ),
    )

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        sections = screen.sections
        assert row_strip(sections, "snap").text.rstrip() == ("• Photo · 가람천 하구의 큰고니")
        assert row_strip(sections, "bare").text.rstrip() == "• Photo"
        # a long caption whole in the edition, cut by cells in the row, with '…', never
        # inside the family drawn as one (a ZWJ sequence)
        assert edition.pages[0].items[3].title == LONG_CAPTION
        row = row_strip(sections, "long").text.rstrip()
        assert row.endswith("…") and row.startswith("• Photo · 가람천 둔치 가족 나들이")
        assert "\u200d" not in row or FAMILY in row
        # a blank caption: a photo (of its page), not named by the story's paragraph
        assert row_strip(sections, "blank").text.rstrip() == "• Photo"

    run(library(edition), body)


def bulletin(item_id: str, text: str) -> Article:
    """A story printed without a headline: the list names it by its paragraph, cut."""
    return Article(id=item_id, body=[Block(kind="paragraph", text=text)])


def test_untitled_stories_that_open_alike_are_cut_in_the_middle_to_tell_them_apart() -> None:
    """At 80 columns two bulletins whose paragraphs open with the same words would both
    read `• 시내버스 노선 31년 만…`: cut in the middle, their ends tell them apart; a cut
    that reads like no other keeps its start. (A headline wraps whole instead.)"""
    fare = "시내버스 노선 31년 만에 전면 개편, 요금은 그대로"
    night = "시내버스 노선 31년 만에 전면 개편, 심야버스 새로 달린다"
    other = "광주지역 전역에서 인공지능 실증 사업을 벌이는 기업들이 한자리에 모였다"
    edition = with_titles(bulletin("fare", fare), bulletin("night", night))
    edition = with_titles(*edition.pages[0].items[1:3], bulletin("other", other))

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        sections = screen.sections
        width = sections.scrollable_content_region.width
        rows = {i: row_strip(sections, i).text.rstrip() for i in ("fare", "night", "other")}
        assert rows["fare"] != rows["night"], rows
        for item, title in (("fare", fare), ("night", night)):
            head, tail = rows[item].split("…")
            assert ("• " + title).startswith(head) and title.endswith(tail) and tail
            assert cell_len(rows[item]) <= width
        assert rows["other"].endswith("…") and ("• " + other).startswith(rows["other"][:-1])
        await pilot.press("j")  # the cursor's look cuts them so too
        assert cursor(sections) == "fare"
        assert row_strip(sections, "fare").text.rstrip() == rows["fare"]

    run(library(edition), body, size=(80, 24))


def test_a_narrow_pages_header_keeps_its_name_before_its_unread_count() -> None:
    """A header whose name and count do not both fit shortens the count, then drops it,
    before it cuts the name; a name too wide alone is cut, by cells, with no count."""
    edition = long_edition()
    names = ["오피니언·사설", "지역 사회 소식 모음", "광주·전남 지역 사회 소식 모음 종합면"]
    pages = [
        msgspec.structs.replace(page, section=name)
        for page, name in zip(edition.pages, names, strict=False)
    ]
    edition = msgspec.structs.replace(edition, pages=pages + edition.pages[3:])

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        sections = screen.sections
        width = sections.scrollable_content_region.width
        assert width == 23  # the list's width at 80 columns: each case below is at its edge
        assert row_strip(sections, "page:0").text.rstrip() == "1 오피니언·사설 · 4"
        assert row_strip(sections, "page:1").text.rstrip() == "2 지역 사회 소식 모음"
        cut = row_strip(sections, "page:2").text.rstrip()
        assert cut.endswith("…") and "3 광주·전남 지역 사회".startswith(cut[:-1])
        assert cell_len(cut) <= width
        # The near miss: a header that fits keeps its whole count.
        assert row_strip(sections, "page:3").text.rstrip() == "4 경제 · 4 unread"

    run(library(edition), body, size=(80, 24))
