"""At 80 columns the English key bar keeps the command palette's words: the keys close up
a cell each before the palette's key gives its words up (Korean fits as it is)."""

from __future__ import annotations

import pytest

from reader.ui.widgets.footer import KeyFooter
from tests.ui.conftest import drive
from tests.ui.session import shelf_of_three
from tests.ui.terminal import composed

WORDS = ["Next", "Prev", "Ads", "Page map", "Editions", "Help", "Search", "Quit"]


@drive(shelf_of_three, size=(80, 24))
async def test_the_english_bar_at_80_columns_keeps_every_word(app, pilot, screen):
    bar = composed(app)[-1]
    assert bar.rstrip().endswith("▏^p Jump to…"), bar
    for key, words in zip("JKape?/q", WORDS, strict=True):
        assert f"{key} {words}" in bar, (key, bar)
    # The mouse finds the keys where they are drawn, closed up.
    footer = screen.query_one(KeyFooter)
    spans = {key.display: (start, end) for start, end, key in footer.placed()}
    start, end = spans["q"]
    assert bar[start:end].strip() == "q Quit"


@pytest.mark.usefixtures("korean")
@drive(shelf_of_three, size=(80, 24))
async def test_the_korean_bar_is_spaced_as_ever(app, pilot, screen):
    bar = composed(app)[-1]
    assert bar.startswith(" J 다음  K 이전  a 광고") and bar.rstrip().endswith("▏^p 이동…"), bar
