"""A page without ads narrows the ad pane (`-no-ads`): only that pane is restyled for it,
so what it styles must be that pane, and the styles must be what a whole restyle gives."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec

from reader.ui.widgets.panes import AdPane
from tests.editions import library, multi_page
from tests.ui.conftest import drive

CSS = Path(__file__).resolve().parents[2] / "reader" / "ui"


def _ads_last() -> object:
    """multi_page with its page of ads first moved last: the first page shown has none."""
    edition = multi_page()
    pages = edition.pages
    return msgspec.structs.replace(edition, pages=[pages[1], pages[2], pages[0]])


def styles(screen) -> list[str]:
    return [node.styles.css for node in screen.walk_children(with_self=True)]


def whole_restyle_agrees(app, screen) -> bool:
    narrow = styles(screen)
    app.update_styles(screen)
    return styles(screen) == narrow


def test_only_the_ad_pane_is_styled_by_the_no_ads_class():
    selectors = [
        head
        for sheet in CSS.glob("*.tcss")
        for head in re.findall(
            r"([^{}]*)\{", re.sub(r"/\*.*?\*/", "", sheet.read_text(), flags=re.S)
        )
        if "-no-ads" in head
    ]
    assert selectors  # the rule is there to be checked
    for selector in selectors:
        for one in selector.split(","):
            assert re.search(r"\.-no-ads\b.*#ads\b", one), one.strip()


@drive(library(_ads_last()), size=(200, 50))  # wide: a pane of ads is wider than 32
async def test_a_first_page_without_ads_narrows_the_pane_as_a_whole_restyle_would(
    app, pilot, screen
):
    pane = screen.query_one(AdPane)
    assert screen.has_class("-no-ads") and pane.ads == ()
    assert whole_restyle_agrees(app, screen)
    narrow = pane.region.width
    await pilot.press("right_square_bracket", "right_square_bracket")
    await pilot.pause()
    assert pane.ads and not screen.has_class("-no-ads")
    assert whole_restyle_agrees(app, screen)
    assert pane.region.width > narrow


@drive(library(multi_page()), size=(200, 50))
async def test_moving_to_a_page_without_ads_restyles_the_pane(app, pilot, screen):
    pane = screen.query_one(AdPane)
    wide = pane.region.width
    await pilot.press("right_square_bracket")
    await pilot.pause()
    assert pane.ads == () and screen.has_class("-no-ads")
    assert whole_restyle_agrees(app, screen)
    assert pane.region.width < wide
