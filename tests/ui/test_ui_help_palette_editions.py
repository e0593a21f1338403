"""Help, the command palette, the edition picker and stepping between editions; the app's
sizes, quitting and themes (Pilot)."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from rich.cells import cell_len

from reader.library import Library, open_library
from reader.model import Ad, Article
from reader.ui.commands import TITLE_CELLS, jump_targets
from reader.ui.screens.editions import EditionPicker
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.pagemap import _about
from reader.ui.widgets.panes import AdPane, ArticleView
from tests.editions import library, multi_page, seed, shelf
from tests.ui.conftest import THREE_PANES, drive, notifications, palette, settle


def three_editions(tmp_path: Path) -> tuple[Library, int]:
    folder = shelf(
        tmp_path / "eds",
        seed(),
        multi_page("2026-02-05"),
        multi_page("2026-02-06", 8022),
        broken=True,
    )
    return open_library(folder)


# --- help -------------------------------------------------------------------------------


@drive(library(seed()))
async def test_help_opens_and_closes(app, pilot, screen):
    await pilot.press("question_mark")
    assert isinstance(app.screen, HelpScreen)
    text = " ".join(f"{keys} {about}" for _, rows in app.screen.groups for keys, about in rows)
    for words in (
        "Next article, in edition order",
        "Show or hide the ad pane",
        "space Page down; at the end, the next article",
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


def adless(tmp_path: Path) -> tuple[Library, int]:
    """An English page of 1917 with no ads: no ad pane, no `a`."""
    edition = multi_page("1917-06-14", 12)
    pages = [
        msgspec.structs.replace(p, items=[it for it in p.items if not isinstance(it, Ad)])
        for p in edition.pages
    ]
    return library(msgspec.structs.replace(edition, pages=pages)), 0


@drive(adless)
async def test_help_lists_only_the_keys_that_work_on_this_edition(app, pilot, screen):
    assert "a" not in screen.active_bindings  # the footer drops it: so does help
    await pilot.press("question_mark")
    text = " ".join(f"{keys} {about}" for _, rows in app.screen.groups for keys, about in rows)
    assert "Show or hide the ad pane" not in text
    assert "Search all editions of the folder" not in text  # `S`: one edition, no folder
    assert "Next article, in edition order" in text


@drive(library(seed()), size=(80, 24))
async def test_help_scrolls_by_the_keys_it_lists_for_the_panes(app, pilot, screen):
    await pilot.press("question_mark")
    body = app.screen.query_one("#help-body")
    assert body.max_scroll_y > body.size.height  # more than two screens of keys
    await pilot.press("space")
    assert body.scroll_target_y == body.size.height
    await pilot.press("b")
    assert body.scroll_target_y == 0
    await pilot.press("end")
    assert body.scroll_y == body.max_scroll_y
    await pilot.press("g")
    assert body.scroll_y == 0
    await pilot.press("G")
    assert body.scroll_y == body.max_scroll_y


@drive(library(seed()), keymap={"next_article": "n", "toggle_ads": "A"}, size=THREE_PANES)
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


@drive(library(multi_page()))
async def test_an_ad_from_the_palette_brings_the_reader_to_its_page(app, pilot, screen):
    screen.open_item("p2-1")
    await palette(app, pilot, "행복한 미소")
    # The whole screen goes to the ad's page (p1), not the ad pane alone.
    assert screen.ads_page == 0 and screen.item_id == "p1-1"


@drive(three_editions)
async def test_palette_jumps_to_an_edition(app, pilot, screen):
    await palette(app, pilot, "Edition February 4")
    assert screen.edition.masthead.date == "2026-02-04"


@drive(library(seed()))
async def test_palette_shows_newspaper_text_literally(app, pilot, screen):
    targets = list(jump_targets(screen))
    assert any(t.text == "Article: “광주지역 전역, AI 실증 무대로 만들겠다”" for t in targets)


def _headless() -> Library:
    """The seed with its story's headline gone: such a story is titled by its first
    paragraph, whole, which is far longer than a line."""
    edition = seed()
    story = edition.pages[0].items[0]
    assert isinstance(story, Article) and cell_len(story.body[0].text) > TITLE_CELLS
    page = msgspec.structs.replace(
        edition.pages[0], items=[msgspec.structs.replace(story, headline=None)]
    )
    return library(msgspec.structs.replace(edition, pages=[page]))


@drive(_headless())
async def test_palette_gives_a_story_without_a_headline_one_line(app, pilot, screen):
    (target,) = [t for t in jump_targets(screen) if t.text.startswith("Article: ")]
    assert cell_len(target.text) <= cell_len("Article: ") + TITLE_CELLS
    assert target.text.endswith("…")


def test_the_map_panel_names_a_story_without_a_headline_once() -> None:
    story = _headless().load(0).pages[0].items[0]
    assert isinstance(story, Article)
    about = _about(story, 0).plain
    opening = story.body[0].text[:20]
    assert about.count(opening) == 1, about


# --- editions ---------------------------------------------------------------------------


@drive(three_editions)
async def test_edition_picker_lists_all_and_opens_one(app, pilot, screen):
    assert screen.edition.masthead.date == "2026-02-06"
    await pilot.press("e")
    picker = app.screen
    assert isinstance(picker, EditionPicker)
    options = picker.query_one("#editions")
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    # Newest first.
    assert labels[0].startswith("▶ 광남일보 · Friday, February 6, 2026 · 3 articles")
    assert labels[2] == "  광남일보 · Wednesday, February 4, 2026 · new · 1 article · 1 unread"
    assert "✗" in labels[3] and "광남일보-2026-01-01.json" in labels[3]  # failed: last
    await pilot.press("j", "j", "enter")
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
    masthead = screen.query_one("#masthead").render().plain
    assert masthead.startswith("광남일보 · Wednesday, February 4, 2026")
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
