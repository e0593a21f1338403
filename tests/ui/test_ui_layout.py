"""How the panes share the screen: the ads fold back to the section list on a narrow
terminal; on a wide one the article has its measure, the list shows whole headlines, and
the ad pane is never wider than the article and small on a page without ads, and an
edition without ads has no ad pane."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len

from reader.library import Library, open_library
from reader.ui.widgets.footer import KeyFooter
from tests.editions import library, multi_page, seed, shelf
from tests.ui.conftest import THREE_PANES, drive, focused_id, notifications

NARROW, WIDE = (80, 24), (200, 50)
EN_1917 = Path(__file__).parent.parent / "ingest" / "blind30" / "10_en_front_1917.txt"


def three_pages(tmp_path: Path) -> tuple[Library, int]:
    """Page 1 an article and an ad, page 2 two articles and no ad, page 3 an ad."""
    return open_library(shelf(tmp_path / "eds", seed(), multi_page("2026-02-05")))


def english_front(tmp_path: Path) -> tuple[Library, int]:
    """An English front page of four articles with long headlines and no ads."""
    return open_library(EN_1917)


# --- narrow: the ads in the section list's place, and back ----------------------------


@drive(three_pages, size=NARROW)
async def test_esc_folds_the_ads_and_brings_the_list_back(app, pilot, screen):
    await pilot.press("a")
    assert screen.ad_pane.display and not screen.sections.display
    await pilot.press("escape")
    await pilot.pause()
    assert screen.sections.display and not screen.ad_pane.display
    assert screen.article_view.region.width > 50  # the article has its width again


@drive(three_pages, size=NARROW)
async def test_stepping_onto_a_page_without_ads_brings_the_list_back(app, pilot, screen):
    await pilot.press("a")
    assert not screen.sections.display
    await pilot.press("J")  # page 2: articles only
    await pilot.pause()
    assert screen.ads_page == 1
    assert screen.sections.display and not screen.ad_pane.display


@drive(three_pages, size=NARROW)
async def test_a_on_a_page_without_ads_keeps_the_list_and_says_so(app, pilot, screen):
    """Stepping onto a page without ads gives the list back; `a` there took it away for a
    pane saying there are none, its j and k doing nothing, the focus in it."""
    await pilot.press("J")  # page 2: articles only
    await pilot.pause()
    assert screen.ads_page == 1 and focused_id(app) == "sections"
    await pilot.press("a")
    await pilot.pause()
    assert screen.sections.display and not screen.ad_pane.display
    assert focused_id(app) == "sections"
    assert [n.message for n in notifications(app)][-1:] == ["No ads on this page."]


@drive(three_pages, size=NARROW)
async def test_an_ad_opened_still_shows_in_the_ad_pane(app, pilot, screen):
    screen.open_item("p1-2")
    await pilot.pause()
    assert screen.ad_pane.display and not screen.sections.display


@drive(library(seed()), size=(120, 40))
async def test_a_gives_the_ads_the_focus_and_folded_they_give_it_back(app, pilot, screen):
    ads, article = screen.ad_pane, screen.article_view
    for start in ("sections", "article"):
        if start == "article":
            await pilot.press("tab")
        assert focused_id(app) == start
        await pilot.press("a")
        await pilot.pause()
        assert focused_id(app) == "ads"
        top = article.scroll_y
        await pilot.press("j", "j")
        await pilot.pause()
        assert ads.scroll_y > 0 and article.scroll_y == top  # j scrolls what was asked for
        await pilot.press("a")
        await pilot.pause()
        assert focused_id(app) == start and not ads.display


@drive(library(seed()), size=THREE_PANES)
async def test_beside_the_list_the_ads_shown_leave_the_focus_where_it_is(app, pilot, screen):
    await pilot.press("a", "a")  # folded and back, the list never left the screen
    await pilot.pause()
    assert screen.ad_pane.display and focused_id(app) == "sections"


# --- wide: the article gets the room -----------------------------------------------------


@drive(three_pages, size=WIDE)
async def test_the_ad_pane_is_never_wider_than_the_article(app, pilot, screen):
    assert screen.ad_pane.region.width <= screen.article_view.region.width
    assert screen.article_view.region.width >= 78  # the 72-cell measure and its frame


@drive(english_front, size=WIDE)
async def test_whole_headlines_and_no_ad_pane_for_an_edition_without_ads(app, pilot, screen):
    sections, article, ads = screen.sections, screen.article_view, screen.ad_pane
    titles = [it.title for it in screen.edition.pages[0].items]
    longest = max(cell_len(t) for t in titles)
    assert sections.scrollable_content_region.width >= longest + 2  # mark and headline
    rows = [sections.render_line(y).text for y in range(1, 1 + len(titles))]
    assert not any("…" in row for row in rows), rows
    assert not ads.display and "toggle_ads" not in {k.action for k in footer_keys(screen)}
    await pilot.press("a")
    await pilot.pause()
    assert not ads.display
    lines = [article.render_line(y).text for y in range(article.size.height)]
    assert max(cell_len(line.strip()) for line in lines) <= 72  # the text keeps its measure
    # ... in a frame of its measure, not in blank margins inside it; the margins are
    # outside, the list and the article standing together in the middle.
    assert article.outer_size.width <= 78
    assert min(len(line) - len(line.lstrip()) for line in lines if line.strip()) <= 1
    assert_centred(screen)


def assert_centred(screen) -> None:
    panes = [p for p in (screen.sections, screen.article_view, screen.ad_pane) if p.display]
    left, right = panes[0].region.x, screen.size.width - panes[-1].region.right
    assert abs(left - right) <= 1, (left, right)


def footer_keys(screen):
    return screen.query_one(KeyFooter).keys


@pytest.mark.parametrize("size", [(120, 40), (200, 50)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_panes_fill_the_width_or_stand_centred(tmp_path, size):
    @drive(three_pages, size=size)
    async def body(app, pilot, screen):
        for key in ("J", "J", "J"):  # onto pages with and without ads
            panes = [screen.sections, screen.article_view, screen.ad_pane]
            used = sum(p.outer_size.width for p in panes)
            assert used == size[0] or screen.article_view.outer_size.width == 78
            assert_centred(screen)
            await pilot.press(key)
            await pilot.pause()

    body(tmp_path)


@pytest.mark.parametrize("size", [(100, 30), (120, 40), (160, 40), (200, 50)], ids=str)
def test_the_article_is_the_widest_pane_with_a_comfortable_line(tmp_path, size):
    @drive(three_pages, size=size)
    async def body(app, pilot, screen):
        for item in ("p1-1", "p2-1"):  # a page with an ad, one without
            screen.open_item(item)
            await pilot.pause()
            article = screen.article_view
            others = [p for p in (screen.sections, screen.ad_pane) if p.display]
            assert all(p.outer_size.width < article.outer_size.width for p in others)
            # 28 Hangul a line at least: the ads fold before they squeeze the text
            assert article.scrollable_content_region.width >= 56

    body(tmp_path)


# --- 120 columns, the commonest wide terminal: two panes that read whole ----------------

BULLETINS_1916 = Path(__file__).parent.parent / "ingest" / "blind90" / "11_en_weekly_local.txt"


def weekly_1916(tmp_path: Path) -> tuple[Library, int]:
    """A page of headlines, untitled bulletins and one ad."""
    return open_library(BULLETINS_1916)


def headline_rows(screen) -> list[str]:
    sections = screen.sections
    titled = [it for it in screen.edition.pages[0].items if getattr(it, "headline", None)]
    rows = [sections.render_line(y).text for y in range(sections.size.height)]
    return [row for row in rows for it in titled if it.headline.text[:12] in row]


@drive(weekly_1916, size=(120, 40))
async def test_at_120_columns_the_ads_fold_and_every_headline_reads_whole(app, pilot, screen):
    assert not screen.ad_pane.display
    assert screen.article_view.outer_size.width == 78  # its measure, not its floor
    rows = headline_rows(screen)
    assert len(rows) == 4 and not any("…" in row for row in rows), rows
    await pilot.press("a")  # the ads in the list's place, all of the pane on the screen
    await pilot.pause()
    ads, article = screen.ad_pane, screen.article_view
    assert ads.display and not screen.sections.display
    assert ads.region.right <= screen.size.width
    # The ads get what the article leaves at its measure, not its blank margins: the
    # grocer's lines read whole, and the article's text keeps its 72 cells.
    assert article.scrollable_content_region.width in (72, 73, 74)
    assert ads.outer_size.width >= 40
    lines = [ads.render_line(y).text.strip() for y in range(ads.size.height)]
    assert any(line.startswith("Granulated sugar, 10 lbs") and "$" in line for line in lines)


@pytest.mark.parametrize("columns", [80, 100, 109])
def test_on_a_terminal_too_narrow_for_both_the_ads_keep_their_floor(tmp_path, columns):
    @drive(weekly_1916, size=(columns, 30))
    async def body(app, pilot, screen):
        await pilot.press("a")
        await pilot.pause()
        ads, article = screen.ad_pane, screen.article_view
        assert ads.outer_size.width == 32 and ads.region.right == columns
        assert article.outer_size.width == columns - 32  # the article takes the rest

    body(tmp_path)


@pytest.mark.parametrize("columns", [149, 150, 155, 159, 160])
def test_the_third_pane_comes_at_150_columns_and_all_of_it_on_the_screen(tmp_path, columns):
    """From 150 to 159 Textual laid the three out past the screen's edge (the ads' floor
    kept out of the shares: 40 / 78 / 40 at 150), so the ads folded below 160."""

    @drive(weekly_1916, size=(columns, 40))
    async def body(app, pilot, screen):
        panes = (screen.sections, screen.article_view, screen.ad_pane)
        assert screen.ad_pane.display == (columns >= 150)
        assert screen.article_view.outer_size.width == 78
        shown = [p.outer_size.width for p in panes if p.display]
        assert sum(shown) <= columns, shown
        assert all(p.region.right <= columns for p in panes if p.display)
        if screen.ad_pane.display:
            assert screen.ad_pane.outer_size.width >= 32

    body(tmp_path)
