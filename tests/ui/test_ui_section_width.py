"""How wide the section list wants to be: its longest row, an article printed without a
headline (a photo named by its caption, a bulletin by its paragraph) counted no wider than
a long headline (at 200 columns a photo page's captions, or a 1916 front page's untitled
bulletins, spread the list over most of the screen)."""

from __future__ import annotations

import msgspec
from rich.cells import cell_len
from textual.pilot import Pilot

from reader.model import Article, Block, Edition, Image, Page, Text
from reader.ui.app import BroadsheetApp
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.section_rows import CAPTION_CELLS, Row, row_cells, wanted_cells
from tests.editions import _article, library, seed, seed_article
from tests.ui.session import run

SHOT = Block(kind="photo", text="", image=Image(src="e/p2-photo1.jpg", width=360, height=240))
CAPTION = (
    "6일 가람항 앞바다에서 올겨울 첫 김 채취선들이 물살을 가르며 양식장으로 나가고 있다. "
    "사진=문하람 기자"
)
PAGE = Page(2, "포토")


def photo(item_id: str) -> Article:
    return Article(id=item_id, body=[SHOT, Block(kind="caption", text=CAPTION)])


def rows(*articles: Article) -> list[Row]:
    return [Row("page:0", PAGE), *(Row(a.id, PAGE, a) for a in articles)]


def test_a_photo_named_by_its_caption_widens_the_list_as_a_long_headline_at_most() -> None:
    story = _article("p2-2", "가람천 징검다리 여섯 곳 새로 놓는다", 2)
    listed = rows(photo("p2-1"), story)
    assert row_cells(listed[1]) > CAPTION_CELLS  # the caption, whole, is longer
    assert wanted_cells(listed) == CAPTION_CELLS


def test_a_headline_as_long_as_the_caption_widens_the_list_whole() -> None:
    """The near miss: a story's headline is what the list is for, shown whole."""
    story = Article(id="p2-2", headline=Text(CAPTION), body=[Block("paragraph", "본문.")])
    listed = rows(photo("p2-1"), story)
    assert wanted_cells(listed) == row_cells(listed[2]) > CAPTION_CELLS


BULLETIN = (
    "PETROGRAD, July 21.—Russian troops have crossed the Vesna river at two points and "
    "are pressing the Austrians back toward Koval."
)


def bulletin(item_id: str) -> Article:
    """A wire bulletin printed under a shared heading, with no headline of its own."""
    return Article(id=item_id, body=[Block("paragraph", BULLETIN)])


def test_an_article_named_by_its_paragraph_widens_the_list_as_a_long_headline_at_most() -> None:
    listed = rows(bulletin("p1-5"), _article("p1-1", "ALLIES GAIN MILE ON TEN MILE FRONT", 2))
    assert row_cells(listed[1]) > CAPTION_CELLS  # the paragraph, whole, is longer
    assert wanted_cells(listed) == CAPTION_CELLS


def photo_page() -> Edition:
    edition = seed()
    page = msgspec.structs.replace(PAGE, items=[photo(f"p9-{n}") for n in range(1, 4)])
    return msgspec.structs.replace(edition, pages=[*edition.pages, page])


def test_at_200_columns_a_photo_page_leaves_the_width_to_the_article() -> None:
    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        stories = [a for a in screen.edition.articles() if a.headline is not None]
        headlines = max(row_cells(r) for r in rows(*stories))
        assert screen.sections.size.width <= max(headlines, CAPTION_CELLS) + 3

    run(library(photo_page()), body, size=(200, 50))


def test_at_200_columns_untitled_bulletins_leave_the_width_to_the_article() -> None:
    edition = seed()
    page = Page(2, "News", items=[bulletin(f"p9-{n}") for n in range(1, 4)])
    edition = msgspec.structs.replace(edition, pages=[*edition.pages, page])

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        stories = [a for a in screen.edition.articles() if a.headline is not None]
        headlines = max(row_cells(r) for r in rows(*stories))
        assert screen.sections.size.width <= max(headlines, CAPTION_CELLS) + 3

    run(library(edition), body, size=(200, 50))


def test_at_120_columns_the_shipped_interviews_headline_is_listed_whole() -> None:
    """Its row wants 42 cells of the list's 40: it was cut to `만들겠…`; it wraps now,
    and the ad's row comes after the headline's last line."""
    edition = seed()
    headline = seed_article().title

    async def body(app: BroadsheetApp, pilot: Pilot[None], screen: ReaderScreen) -> None:
        sections = screen.sections
        width = sections.scrollable_content_region.width
        assert cell_len(headline) + 2 > width  # wider than the list
        article, ad = (item.id for item in edition.pages[0].items[:2])
        lines = range(sections.line_of(article), sections.line_of(ad))
        shown = [sections.render_line(y).text.rstrip() for y in lines]
        assert shown[0].startswith("▶ ") and all(line.startswith("  ") for line in shown[1:])
        assert " ".join(line[2:] for line in shown) == headline
        assert "…" not in "".join(shown)

    run(library(edition), body, size=(120, 40))
