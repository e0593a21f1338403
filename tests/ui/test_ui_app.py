"""The reading app driven by keys and the mouse (App.run_test + Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual import events

from reader.library import Library, open_library
from reader.ui.commands import jump_targets
from reader.ui.screens.editions import EditionPicker
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.document import AdPane, ArticleView
from reader.ui.widgets.footer import KeyFooter
from reader.ui.widgets.sections import SectionList
from tests.editions import library, multi_page, seed, shelf
from tests.ui.conftest import count_renders, drive, focused_id, notifications, palette, settle


def three_editions(tmp_path: Path) -> tuple[Library, int]:
    folder = shelf(
        tmp_path / "eds",
        seed(),
        multi_page("2026-02-05"),
        multi_page("2026-02-06", 8022),
        broken=True,
    )
    return open_library(folder)


# --- start-up -------------------------------------------------------------------


@drive(library(seed()))
async def test_starts_on_the_first_article(app, pilot, screen):
    assert isinstance(screen, ReaderScreen)
    assert focused_id(app) == "sections"
    assert screen.item_id == "p1-1"
    assert screen.query_one(ArticleView).article.id == "p1-1"
    assert [ad.id for ad in screen.query_one(AdPane).ads] == ["p1-2"]
    masthead = str(screen.query_one("#masthead").render())
    assert masthead == "광남일보 · 2026년 2월 4일 수요일 (음력 12월 17일) · 조간 제8020호"


@drive(library(seed()))
async def test_the_key_bar_is_rebuilt_only_when_its_keys_change(app, pilot, screen):
    footer = screen.query_one(KeyFooter)
    keys = footer.keys
    assert [k.description for k in keys[:3]] == ["Next", "Prev", "Ads"]
    await pilot.press("tab", "tab")  # the panes' own keys are not in the bar
    assert footer.keys is keys
    app.update_keymap({"toggle_ads": "A"})
    await pilot.pause()
    assert [k.key for k in footer.keys if k.description == "Ads"] == ["A"]


def key_x(footer: KeyFooter, description: str) -> int:
    return next(start for start, _end, key in footer.placed() if key.description == description)


@drive(library(seed()))
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
    assert "Quit" in drawn("Quit") and "Jump to…" in footer.render_line(0).text
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
    assert [k.description for k in footer.keys] == ["Search", "Jump to…"]  # the bar's own
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


@drive(library(seed()))
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
    # The ads take the list's place, so the article keeps a readable width.
    assert ads.display and not sections.display
    assert focused_id(app) == "article"
    assert ads.outer_size.width >= 34 and "행복한 미소가" in ads._rendered.plain()
    assert screen.query_one(ArticleView).size.width >= 40
    await pilot.press("tab")
    assert focused_id(app) == "ads"
    await pilot.press("a")
    assert not ads.display and sections.display
    assert focused_id(app) == "article"


@drive(library(seed()))
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
    row = sections.index_of("p2-2")
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
    assert view.scroll_y == 2 + view.scrollable_content_region.height
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


@drive(library(seed()))
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


# --- help -------------------------------------------------------------------------------


@drive(library(seed()))
async def test_help_opens_and_closes(app, pilot, screen):
    await pilot.press("question_mark")
    assert isinstance(app.screen, HelpScreen)
    text = " ".join(f"{keys} {about}" for _, rows in app.screen.groups for keys, about in rows)
    for words in (
        "Next article, in edition order",
        "Show or hide the ad pane",
        "space Page down the article",
        "Jump to an article",
        "Older edition",
        "↓ j Down",
        "q Quit broadsheet",
    ):
        assert words in text
    await pilot.press("escape")
    assert app.screen is screen
    await pilot.press("question_mark", "question_mark")
    assert app.screen is screen


@drive(library(seed()), keymap={"next_article": "n", "toggle_ads": "A"})
async def test_remapped_keys_work_and_show_in_help(app, pilot, screen):
    rows = dict((d, k) for k, d in screen.help_groups()[0][1])
    assert rows["Next article, in edition order"] == "n"
    assert rows["Show or hide the ad pane"] == "A"
    await pilot.press("a")
    assert screen.query_one(AdPane).display
    await pilot.press("A")
    assert not screen.query_one(AdPane).display


# --- command palette --------------------------------------------------------------------


@drive(library(multi_page()))
async def test_palette_jumps_to_an_article(app, pilot, screen):
    await palette(app, pilot, "상권")
    assert app.screen is screen and screen.item_id == "p2-2"


@drive(library(multi_page()))
async def test_palette_jumps_to_an_ad_and_a_section(app, pilot, screen):
    await palette(app, pilot, "봄맞이")
    assert screen.ads_page == 2
    await palette(app, pilot, "Section 2")
    assert screen.item_id == "p2-1"


@drive(three_editions)
async def test_palette_jumps_to_an_edition(app, pilot, screen):
    await palette(app, pilot, "Edition 2월 4일")
    assert screen.edition.masthead.date == "2026-02-04"


@drive(library(seed()))
async def test_palette_shows_newspaper_text_literally(app, pilot, screen):
    targets = list(jump_targets(screen))
    assert any(t.text == "Article: “광주지역 전역, AI 실증 무대로 만들겠다”" for t in targets)


# --- editions ---------------------------------------------------------------------------


@drive(three_editions)
async def test_edition_picker_lists_all_and_opens_one(app, pilot, screen):
    assert screen.edition.masthead.date == "2026-02-06"
    await pilot.press("e")
    picker = app.screen
    assert isinstance(picker, EditionPicker)
    options = picker.query_one("#editions")
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    assert labels[0] == "  광남일보 · 2026년 2월 4일 수요일 · 1 article · 1 unread"
    assert labels[2].startswith("▶ 광남일보 · 2026년 2월 6일 금요일 · 3 articles")
    assert "✗" in labels[3] and "광남일보-2026-01-01.json" in labels[3]
    await pilot.press("k", "k", "enter")
    await settle(app, pilot)
    assert app.screen is screen
    assert screen.edition.masthead.date == "2026-02-04"
    assert screen.item_id == "p1-1"
    await pilot.press("e", "escape")
    assert app.screen is screen and screen.edition.masthead.date == "2026-02-04"


@drive(three_editions)
async def test_angle_brackets_step_through_editions_by_date(app, pilot, screen):
    def date() -> str:
        return screen.edition.masthead.date

    await pilot.press("greater_than_sign")  # already the newest
    await settle(app, pilot)
    assert date() == "2026-02-06"
    await pilot.press("less_than_sign")
    await settle(app, pilot)
    assert date() == "2026-02-05"
    await pilot.press("less_than_sign")
    await settle(app, pilot)
    assert date() == "2026-02-04"
    assert screen.query_one("#masthead").render().plain.startswith("광남일보 · 2026년 2월 4일")
    await pilot.press("less_than_sign")  # the broken file is not a step
    await settle(app, pilot)
    assert date() == "2026-02-04"
    await pilot.press("greater_than_sign")
    await settle(app, pilot)
    assert date() == "2026-02-05"


@pytest.mark.parametrize("size", [(60, 20), (200, 60)])
def test_usable_small_and_large(size, tmp_path):
    @drive(library(multi_page()), size=size)
    async def body(app, pilot, screen):
        view = screen.query_one(ArticleView)
        assert view.size.width >= 30
        lines = view._rendered.plain().splitlines()
        assert lines[0].startswith("“광주지역 전역, AI 실증")
        assert max(cell_len(line) for line in lines) <= min(72, view.size.width)
        await pilot.press("J", "tab", "space", "question_mark", "escape", "e", "escape")
        assert screen.item_id == "p2-1"

    body(tmp_path)


def bad_body_in_the_middle(tmp_path: Path) -> tuple[Library, int]:
    """Three dated editions; the middle one's head reads fine but its body does not."""
    folder = shelf(tmp_path / "eds", seed(), multi_page("2026-02-06", 8022))
    good = (folder / "광남일보-2026-02-04.json").read_text(encoding="utf-8")
    bad = good.replace('"2026-02-04"', '"2026-02-05"').replace('"kind": "lead"', '"kind": "leed"')
    (folder / "광남일보-2026-02-05.json").write_text(bad, encoding="utf-8")
    return open_library(folder)


@drive(bad_body_in_the_middle)
async def test_an_edition_that_fails_to_load_is_reported_and_skipped(app, pilot, screen):
    assert screen.edition.masthead.date == "2026-02-06"
    await pilot.press("less_than_sign")  # loads 02-05 in a worker: it fails
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2026-02-06"
    assert any("Cannot open edition" in (n.title or "") for n in notifications(app))
    assert screen.library.entries[1].error
    await pilot.press("less_than_sign")  # now known bad: straight past it
    await settle(app, pilot)
    assert screen.edition.masthead.date == "2026-02-04"


@drive(library(seed()), theme="nord")
async def test_q_quits_and_the_theme_setting_applies(app, pilot, screen):
    assert app.theme == "nord"
    await pilot.press("q")
    await pilot.pause()
    assert app.return_code == 0 and not app.is_running


@drive(library(seed()), theme="no-such-theme")
async def test_an_unknown_theme_is_a_warning_not_a_failure(app, pilot, screen):
    assert app.theme == "textual-dark"
    assert any("no-such-theme" in n.message for n in notifications(app))
