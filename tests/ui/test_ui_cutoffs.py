"""Cut-offs: a name too long for its place ends in one '…', right after its last whole
character (Hangul takes two cells, so a cut can fall inside one); the section list wraps
a headline whole instead."""

from __future__ import annotations

import asyncio

import msgspec
import pytest
from rich.cells import cell_len
from rich.text import Text

from reader.model import Page
from reader.ui.app import BroadsheetApp
from reader.ui.render.lines import ellipsized
from reader.ui.widgets.search_rows import cells
from reader.ui.widgets.sections import SectionList
from tests.editions import _article, library, seed

HEADLINES = (
    "“광주지역 전역, AI 실증 무대로 만들겠다”",
    "“지역 균형발전을 이끄는 첨단 산단”",
    "창업 지원 본격화… 청년 몰린다",
    "창업 지원 본격화…",
)


@pytest.mark.parametrize("width", range(8, 30))
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_cut_ends_in_one_ellipsis_after_a_whole_character(headline: str, width: int) -> None:
    text = Text("▶ " + headline)
    ellipsized(text, width)
    assert cell_len(text.plain) <= width
    if cell_len("▶ " + headline) > width:
        assert text.plain.endswith("…")
        assert not text.plain.endswith((" …", "……"))
    else:
        assert text.plain == "▶ " + headline


@pytest.mark.parametrize("width", range(8, 30))
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_search_rows_title_column_is_cut_the_same_way(headline: str, width: int) -> None:
    column = cells(headline, width)
    assert cell_len(column) == width
    shown = column.rstrip()
    if cell_len(headline) > width:
        assert shown.endswith("…") and not shown.endswith(("……", " …"))
    else:
        assert shown == headline


def test_the_narrow_section_list_wraps_each_headline_whole() -> None:
    page = Page(1, "경제", [_article(f"p1-{n}", h, 2) for n, h in enumerate(HEADLINES)])
    edition = msgspec.structs.replace(seed(), pages=[page])

    async def go() -> None:
        app = BroadsheetApp(library(edition))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            sections = app.screen.query_one(SectionList)
            width = sections.scrollable_content_region.width
            assert width < max(map(cell_len, HEADLINES))  # the pane is narrower than some
            for n, headline in enumerate(HEADLINES):
                start = sections.line_of(f"p1-{n}")
                end = sections.line_of(f"p1-{n + 1}") if n + 1 < len(HEADLINES) else None
                end = end or start + len(headline)  # the last: its lines up to a blank one
                lines = [sections.render_line(y).text.rstrip() for y in range(start, end)]
                lines = [line for line in lines if line]
                assert all(cell_len(line) <= width for line in lines), lines
                assert " ".join(line[2:] for line in lines) == headline  # whole, no '…'

    asyncio.run(go())
