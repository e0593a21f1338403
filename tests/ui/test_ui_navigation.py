"""Moving through an edition: the section list, J/K and brackets, scrolling, open_item (Pilot)."""

from __future__ import annotations

from reader.ui.widgets.document import PAGE_KEPT
from reader.ui.widgets.panes import AdPane, ArticleView
from reader.ui.widgets.sections import SectionList
from tests.editions import library, multi_page, seed
from tests.ui.conftest import THREE_PANES, drive, focused_id, settle

# --- the section list ---------------------------------------------------------


@drive(library(multi_page()))
async def test_list_moves_with_j_k_and_arrows_and_enter_opens(app, pilot, screen):
    sections = screen.query_one(SectionList)

    def at() -> str | None:
        return sections.row_id(sections.highlighted)

    assert at() == "p1-1"
    await pilot.press("j")
    assert at() == "p1-2"
    await pilot.press("j")  # skips the page header
    assert at() == "p2-1"
    await pilot.press("down", "up", "k", "down")
    assert at() == "p2-1"
    assert screen.item_id == "p1-1"  # moving is not opening
    await pilot.press("enter")
    assert screen.item_id == "p2-1"
    assert screen.query_one(ArticleView).article.headline.text == "반도체 수출 석 달째 증가"
    assert screen.query_one(ArticleView).border_title == "2 경제"


@drive(library(multi_page()))
async def test_choosing_an_ad_shows_it_in_the_ad_pane(app, pilot, screen):
    await pilot.press("j", "enter")
    ads = screen.query_one(AdPane)
    assert [a.id for a in ads.ads] == ["p1-2"]
    assert screen.item_id == "p1-1"  # the article stays


@drive(library(multi_page()))
async def test_clicking_the_list_opens(app, pilot, screen):
    sections = screen.query_one(SectionList)
    row = sections.line_of("p2-2")
    await pilot.click(SectionList, offset=(4, 1 + row - sections.scroll_offset.y))  # 1: border
    await pilot.pause()
    assert screen.item_id == "p2-2"


@drive(library(multi_page()))
async def test_the_open_article_is_marked(app, pilot, screen):
    sections = screen.query_one(SectionList)

    def prompt(item_id: str) -> str:
        return str(sections.prompt(item_id))

    assert prompt("p1-1").startswith("▶ ") and prompt("p2-1").startswith("• ")  # • unread
    await pilot.press("J")
    assert prompt("p1-1").startswith("• ") and prompt("p2-1").startswith("▶ ")


# --- moving through the edition -------------------------------------------------------


@drive(library(multi_page()))
async def test_J_K_walk_articles_across_sections(app, pilot, screen):
    seen = [screen.item_id]
    for _ in range(3):
        await pilot.press("J")
        seen.append(screen.item_id)
    assert seen == ["p1-1", "p2-1", "p2-2", "p2-2"]  # the last stays, with a bell
    await pilot.press("K", "K", "K")
    assert screen.item_id == "p1-1"
    sections = screen.query_one(SectionList)
    await pilot.press("J")
    assert sections.row_id(sections.highlighted) == "p2-1"  # the list follows


@drive(library(multi_page()))
async def test_choosing_an_ad_of_another_page_brings_the_reader_to_its_page(app, pilot, screen):
    screen.open_item("p2-2")
    await settle(app, pilot)
    sections = screen.query_one(SectionList)
    while sections.row_id(sections.highlighted) != "p1-2":
        await pilot.press("k")
    await pilot.press("enter")
    assert [a.id for a in screen.query_one(AdPane).ads] == ["p1-2"]
    assert screen.item_id == "p1-1"  # the article pane is on the ad's page too


@drive(library(multi_page()))
async def test_brackets_move_by_section(app, pilot, screen):
    await pilot.press("right_square_bracket")
    assert screen.item_id == "p2-1" and screen.ads_page == 1
    assert screen.query_one(AdPane).ads == ()
    await pilot.press("right_square_bracket")  # a page of ads only: shown in the ad pane
    assert screen.ads_page == 2 and [a.id for a in screen.query_one(AdPane).ads] == ["p3-1"]
    assert screen.item_id == "p2-1"
    await pilot.press("right_square_bracket")
    assert screen.ads_page == 2
    await pilot.press("left_square_bracket")
    assert screen.ads_page == 1 and screen.item_id == "p2-1"
    await pilot.press("left_square_bracket")
    assert screen.item_id == "p1-1"


@drive(library(seed()), size=(80, 24))
async def test_scrolling_keys_in_the_article(app, pilot, screen):
    view = screen.query_one(ArticleView)
    await pilot.press("tab")
    assert focused_id(app) == "article"
    await pilot.press("j", "j", "j")
    await settle(app, pilot)
    assert view.scroll_y == 3
    await pilot.press("k")
    await settle(app, pilot)
    assert view.scroll_y == 2
    await pilot.press("space")
    await settle(app, pilot)
    assert view.scroll_y == 2 + view.scrollable_content_region.height - PAGE_KEPT
    await pilot.press("b")
    await settle(app, pilot)
    assert view.scroll_y == 2
    await pilot.press("G")
    await settle(app, pilot)
    assert view.scroll_y == view.max_scroll_y > 0
    await pilot.press("g")
    await settle(app, pilot)
    assert view.scroll_y == 0


@drive(library(seed()), size=(80, 24))
async def test_paging_works_from_the_list_too(app, pilot, screen):
    view = screen.query_one(ArticleView)
    assert focused_id(app) == "sections"
    await pilot.press("space")
    await settle(app, pilot)
    assert view.scroll_y > 0
    await pilot.press("G")
    await settle(app, pilot)
    assert view.scroll_y == view.max_scroll_y
    await pilot.press("b", "g")
    await settle(app, pilot)
    assert view.scroll_y == 0


@drive(library(seed()), size=THREE_PANES)
async def test_j_k_scroll_the_ad_pane(app, pilot, screen):
    ads = screen.query_one(AdPane)
    await pilot.press("tab", "tab", "j", "j")
    await settle(app, pilot)
    assert ads.scroll_y == 2


# --- open_item: the way in for search ---------------------------------------------------


@drive(library(seed()), size=(80, 24))
async def test_open_item_scrolls_to_a_leaf_and_highlights(app, pilot, screen):
    view = screen.query_one(ArticleView)
    body = seed().pages[0].items[0].body
    leaf = len(body) - 3
    assert screen.open_item("p1-1", f"body.{leaf}", {f"body.{leaf}": [(0, 2)]})
    await settle(app, pilot)
    assert view.scroll_y == min(view.anchors[f"body.{leaf}"], view.max_scroll_y)
    assert view.highlights == {f"body.{leaf}": [(0, 2)]}
    assert not screen.open_item("nope")


@drive(library(seed()), size=(80, 24))
async def test_open_item_on_an_ad_shows_the_folded_pane_at_the_leaf(app, pilot, screen):
    ads = screen.query_one(AdPane)
    assert not ads.display
    assert screen.open_item("p1-2", "blocks.5")
    await settle(app, pilot)
    assert ads.display
    assert ads.scroll_y == min(ads.anchors["p1-2:blocks.5"], ads.max_scroll_y) > 0


@drive(library(seed()), size=(80, 24))
async def test_a_page_down_keeps_the_last_two_lines_read_on_top(app, pilot, screen):
    """As vim and Emacs page: the eye finds where it was, the sentence it was in whole."""
    view = screen.query_one(ArticleView)
    await pilot.press("tab")
    height = view.scrollable_content_region.height
    lines = view.plain().splitlines()
    last_two = lines[height - 2 : height]
    assert all(line.strip() for line in last_two)  # text, not blank lines
    await pilot.press("space")
    await settle(app, pilot)
    top = round(view.scroll_y)
    assert lines[top : top + 2] == last_two
    await pilot.press("b")
    await settle(app, pilot)
    assert view.scroll_y == 0
