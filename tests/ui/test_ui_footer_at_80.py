"""At 80 columns the key bar keeps the words of every reading key, u's too: the keys close
up a cell each, and the command palette's key gives its words up (Ctrl+P, never missed on a
morning's reading, still shows; its words come back at 100 columns)."""

from __future__ import annotations

import pytest

from reader.ui.widgets.footer import KeyFooter
from tests.ui.conftest import drive, settle
from tests.ui.session import shelf_of_three
from tests.ui.terminal import composed

WORDS = ["Next", "Prev", "Next new", "Ads", "Page map", "Editions", "Help", "Search", "Quit"]


@drive(shelf_of_three, size=(80, 24))
async def test_the_english_bar_at_80_columns_keeps_every_reading_keys_words(app, pilot, screen):
    bar = composed(app)[-1]
    assert bar.rstrip().endswith("▏^p"), bar
    for key, words in zip("JKuape?/q", WORDS, strict=True):
        assert f"{key} {words}" in bar, (key, bar)
    # The mouse finds the keys where they are drawn, closed up.
    footer = screen.query_one(KeyFooter)
    spans = {key.display: (start, end) for start, end, key in footer.placed()}
    start, end = spans["q"]
    assert bar[start:end].strip() == "q Quit"


@drive(shelf_of_three, size=(100, 30))
async def test_at_100_columns_the_palette_keeps_its_words(app, pilot, screen):
    bar = composed(app)[-1]
    assert bar.startswith(" J Next  K Prev  u Next new  a Ads") and bar.rstrip().endswith(
        "▏^p Jump to…"
    ), bar


@pytest.mark.usefixtures("korean")
@drive(shelf_of_three, size=(80, 24))
async def test_the_korean_bar_at_80_columns_says_u(app, pilot, screen):
    bar = composed(app)[-1]
    assert bar.startswith("J 다음 K 이전 u 안 읽은 기사 a 광고") and bar.rstrip().endswith("▏^p"), (
        bar
    )


@drive(shelf_of_three, size=(80, 24))
async def test_u_on_the_bar_at_80_columns_opens_the_next_unread_article(app, pilot, screen):
    footer = screen.query_one(KeyFooter)
    start, end, key = next(p for p in footer.placed() if p[2].key == "u")
    assert end - start == len("u Next new ") and key.enabled
    assert screen.item_id == "p1-1"
    await pilot.click(KeyFooter, offset=(start + 1, 0))
    await settle(app, pilot)
    assert screen.item_id == "p2-1"
