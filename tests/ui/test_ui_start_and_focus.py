"""The app's start, its key bar and the focus cycle (Pilot)."""

from __future__ import annotations

from textual import events

from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.panes import AdPane, ArticleView
from reader.ui.widgets.sections import SectionList
from tests.editions import library, seed
from tests.ui.conftest import THREE_PANES, count_renders, drive, focused_id

# --- start-up -------------------------------------------------------------------


@drive(library(seed()))
async def test_starts_on_the_first_article(app, pilot, screen):
    assert isinstance(screen, ReaderScreen)
    assert focused_id(app) == "sections"
    assert screen.item_id == "p1-1"
    assert screen.query_one(ArticleView).article.id == "p1-1"
    assert [ad.id for ad in screen.query_one(AdPane).ads] == ["p1-2"]
    masthead = str(screen.query_one("#masthead").render())
    assert masthead == "광남일보 · Wednesday, February 4, 2026 (lunar 12/17) · 조간 No. 8020"


@drive(library(seed()))
async def test_the_key_bar_is_rebuilt_only_when_its_keys_change(app, pilot, screen):
    footer = screen.query_one(KeyFooter)
    keys = footer.keys
    assert [k.description for k in keys[:4]] == ["Next", "Prev", "Next new", "Ads"]
    await pilot.press("tab", "tab")  # the panes' own keys are not in the bar
    assert footer.keys is keys
    app.update_keymap({"toggle_ads": "A"})
    await pilot.pause()
    assert [k.key for k in footer.keys if k.description == "Ads"] == ["A"]


def key_x(footer: KeyFooter, description: str) -> int:
    return next(start for start, _end, key in footer.placed() if key.description == description)


@drive(library(seed()), size=THREE_PANES)
async def test_clicking_a_key_of_the_bar_presses_it(app, pilot, screen):
    footer = screen.query_one(KeyFooter)
    assert screen.query_one(AdPane).display
    await pilot.click(KeyFooter, offset=(key_x(footer, "Ads") + 1, 0))
    await pilot.pause()
    assert not screen.query_one(AdPane).display


@drive(library(seed()))
async def test_the_key_under_the_mouse_lights_up_and_tells_what_it_does(app, pilot, screen):
    footer = screen.query_one(KeyFooter)
    before = footer.render_line(0)
    await pilot.hover(KeyFooter, offset=(key_x(footer, "Jump to…") + 2, 0))
    await pilot.pause()
    assert footer.tooltip == "Jump to an article, section, ad or edition"
    assert footer.render_line(0) != before and footer.render_line(0).text == before.text
    await pilot.hover(ArticleView)
    await pilot.pause()
    assert footer.tooltip is None and footer.render_line(0) == before


@drive(library(seed()), size=(80, 24))
async def test_keys_that_would_overflow_close_up_then_take_the_palettes_words(app, pilot, screen):
    footer = screen.query_one(KeyFooter)
    start, end, _key = next(p for p in footer.placed() if p[2].description == "Quit")
    line = footer.render_line(0).text
    assert line[start:end] == "q Quit " and line.endswith("▏^p "), line
    await pilot.hover(KeyFooter, offset=(79 - 2, 0))
    await pilot.pause()
    assert footer.tooltip == "Jump to an article, section, ad or edition"


@drive(library(seed()), size=(60, 24))
async def test_the_wheel_brings_the_keys_that_do_not_fit_into_view(app, pilot, screen):
    footer = screen.query_one(KeyFooter)

    def drawn(description: str) -> str:
        start, end, _key = next(p for p in footer.placed() if p[2].description == description)
        return footer.render_line(0).crop(start, end).text

    assert "Quit" not in drawn("Quit")  # past the palette's key: no cells
    for _ in range(60):  # more than the overflow: the bar stops at its end
        footer.post_message(events.MouseScrollDown(footer, 4, 0, 0, 1, 0, False, False, False))
    await pilot.pause()
    assert "Quit" in drawn("Quit") and footer.render_line(0).text.endswith("▏^p ")
    assert "Next" not in footer.render_line(0).text  # scrolled out on the left
    await pilot.click(KeyFooter, offset=(key_x(footer, "Quit") + 1, 0))
    await pilot.pause()
    assert app.return_code == 0 and not app.is_running


@drive(library(seed()))
async def test_a_key_that_leaves_the_bar_takes_its_tooltip_with_it(app, pilot, screen):
    footer = screen.query_one(KeyFooter)
    await pilot.hover(KeyFooter, offset=(key_x(footer, "Search") + 2, 0))
    await pilot.pause()
    assert footer.tooltip == "Search this edition"
    await pilot.click(KeyFooter, offset=(key_x(footer, "Search") + 2, 0))
    await pilot.pause()
    assert [k.description for k in footer.keys] == ["Jump to…"]  # in the search box, / types
    assert footer.tooltip is None


@drive(library(seed()), keymap={"command_palette": "ctrl+k"})
async def test_a_palette_key_set_by_the_reader_is_on_the_bar(app, pilot, screen):
    palette = screen.query_one(KeyFooter).keys[-1]
    assert palette.palette and palette.key == "ctrl+k" and palette.description == "Jump to…"


@drive(library(seed()), size=(80, 24))
async def test_a_width_seen_before_is_not_rendered_again(app, pilot, screen):
    view = screen.query_one(ArticleView)
    width = view.size.width
    widths = count_renders(view)
    await pilot.press("a")  # the ads take the list's place, and more: a new width
    await pilot.pause()
    assert view.size.width != width
    await pilot.press("a")
    await pilot.pause()
    assert view.size.width == width
    assert len(widths) == 1


# --- focus ------------------------------------------------------------------------


@drive(library(seed()), size=THREE_PANES)
async def test_tab_cycles_sections_article_ads(app, pilot, screen):
    seen = [focused_id(app)]
    for _ in range(3):
        await pilot.press("tab")
        seen.append(focused_id(app))
    assert seen == ["sections", "article", "ads", "sections"]
    await pilot.press("shift+tab")
    assert focused_id(app) == "ads"
    await pilot.press("shift+tab")
    assert focused_id(app) == "article"


@drive(library(seed()), size=(80, 24))
async def test_narrow_folds_the_ad_pane_and_a_brings_it_back(app, pilot, screen):
    ads, sections = screen.query_one(AdPane), screen.query_one(SectionList)
    assert not ads.display
    await pilot.press("tab", "tab")
    assert focused_id(app) == "sections"  # the hidden pane takes no focus
    await pilot.press("a")
    await pilot.pause()
    # The ads take the list's place (and its focus), so the article keeps a readable width.
    assert ads.display and not sections.display
    assert focused_id(app) == "ads"
    assert ads.outer_size.width >= 32 and "행복한 미소가" in ads._rendered.plain()
    assert screen.query_one(ArticleView).size.width >= 40
    await pilot.press("tab")
    assert focused_id(app) == "article"
    await pilot.press("a")  # folded from the article: the focus stays where the reader is
    assert not ads.display and sections.display
    assert focused_id(app) == "article"


@drive(library(seed()), size=THREE_PANES)
async def test_a_hides_and_shows_the_ad_pane(app, pilot, screen):
    ads = screen.query_one(AdPane)
    assert ads.display
    await pilot.press("tab", "tab")
    assert focused_id(app) == "ads"
    await pilot.press("a")
    assert not ads.display
    assert focused_id(app) == "article"  # focus leaves the pane it was in
    await pilot.press("a")
    assert ads.display


@drive(library(seed()), show_ads=False)
async def test_settings_can_start_with_ads_hidden(app, pilot, screen):
    assert not screen.query_one(AdPane).display
