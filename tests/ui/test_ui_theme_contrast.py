"""Every theme Textual ships reads: the ads' muted lines, the search status and the page
map's chosen headline differ enough from the background they are drawn on, measured on the
compositor's cells (as the terminal gets them)."""

from __future__ import annotations

import asyncio

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from reader.library import open_library
from reader.ui.app import BroadsheetApp
from reader.ui.legible import drawn_style
from reader.ui.screens.pagemap import PageMapScreen
from tests.editions import SEED_JSON
from tests.photo_editions import photo_library
from tests.ui.conftest import THREE_PANES, drive, search, settle, wait_until

# The ANSI themes draw in the terminal's own colours: nothing of ours to measure.
ANSI = sorted(n for n, t in BUILTIN_THEMES.items() if str(t.background).startswith("ansi"))
THEMES = sorted(set(BUILTIN_THEMES) - set(ANSI))
LEAST = 4.5  # WCAG's contrast for body text


def ratio(a: Color, b: Color) -> float:
    def lum(c: Color) -> float:
        def ch(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b)

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def contrast_of(app, text: str, strips=None) -> float:
    """The contrast of the first cell run on screen (or in `strips`) that holds `text`."""
    for strip in strips if strips is not None else app.screen._compositor.render_strips():
        for segment in strip:
            if text in segment.text and segment.style is not None:
                fg, bg = segment.style.color, segment.style.bgcolor
                assert fg is not None and bg is not None, (text, segment.style)
                return ratio(Color.from_rich_color(fg), Color.from_rich_color(bg))
    raise AssertionError(f"{text!r} is not on screen")


async def in_theme(app, pilot, theme: str) -> None:
    app.theme = theme
    await settle(app, pilot)


@drive(lambda tmp: open_library(SEED_JSON), size=THREE_PANES)
async def test_the_ads_and_the_search_status_read_in_every_theme(app, pilot, screen):
    await search(app, pilot, "광주")
    await pilot.press("enter")
    await settle(app, pilot)
    low = {}
    for theme in THEMES:
        await in_theme(app, pilot, theme)
        for text in ("해피니스CC", "(단위:백만원)", "n/N"):
            if (c := contrast_of(app, text)) < LEAST:
                low[theme, text] = round(c, 2)
    assert not low


@drive(photo_library, pictures="halfblocks")
async def test_the_chosen_box_reads_in_every_theme(app, pilot, screen):
    screen.open_item("p2-1")
    await pilot.press("p")
    await wait_until(
        pilot, lambda: isinstance(app.screen, PageMapScreen) and app.screen._map is not None
    )
    shown = app.screen
    headline = next(p.title for p in shown._map.places if p.item_id == "p2-1")
    low = {}
    # The map stays open: a new theme paints its lines again (PageMapView._paint).
    for theme in THEMES:
        await in_theme(app, pilot, theme)
        await wait_until(pilot, lambda: shown.view._painted_in == app.theme)
        # In the box, not in the preview beside the map.
        if (c := contrast_of(app, headline[:4], shown.view._lines)) < LEAST:
            low[theme] = round(c, 2)
    assert not low


@drive(lambda tmp: open_library(SEED_JSON))
async def test_the_ansi_themes_keep_their_own_colours(app, pilot, screen):
    await search(app, pilot, "광주")
    await pilot.press("enter")
    await settle(app, pilot)
    assert ANSI
    moved = {}
    for theme in ANSI:
        await in_theme(app, pilot, theme)
        for pane in (screen.article_view, screen.ad_pane):
            for role in ("doc--accent", "doc--muted", "doc--link"):
                own = pane.get_component_rich_style(role, partial=True).color
                if (drawn := drawn_style(pane, role).color) != own:
                    moved[theme, type(pane).__name__, role] = (str(own), str(drawn))
    assert not moved


def caption_style(first: str, then: str | None = None) -> str:
    """The style of the open article's photo caption on screen, in a session started in
    `first` and switched once to `then`."""

    async def go() -> str:
        library, start = open_library(SEED_JSON)
        app = BroadsheetApp(library, start, theme=first)
        async with app.run_test(size=(120, 40)) as pilot:
            await settle(app, pilot)
            app.screen.open_item("p1-1", "body.15")  # the interview's photo caption
            await settle(app, pilot)
            if then is not None:
                await in_theme(app, pilot, then)
            for strip in app.screen._compositor.render_strips():
                for segment in strip:
                    if segment.text.startswith("▣"):
                        return str(segment.style)
        raise AssertionError("no caption on screen")

    return asyncio.run(go())


@pytest.mark.parametrize(("first", "then"), [("textual-dark", "ansi-dark"), ("ansi-light", "nord")])
def test_one_switch_of_theme_draws_the_captions_in_the_new_one(first, then):
    assert caption_style(first, then) == caption_style(then)
