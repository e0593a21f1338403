"""What the terminal shows equals what the app composed, after every key: the frames the app
writes are replayed through a wide-character-aware screen (tests/ui/terminal.py). A partial
update that cut a Hangul character in two would blank it on a real terminal (Textual #6357;
docs/performance.md, "Wide characters and partial updates")."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest
from rich.console import Console
from rich.segment import Segment
from textual._compositor import ChopsUpdate
from textual.pilot import Pilot
from textual.strip import Strip

from reader.ui.app import BroadsheetApp
from reader.ui.whole_chops import whole_chops
from tests.ui.conftest import seed_app, settle
from tests.ui.terminal import TerminalScreen, Written, composed, recorded_terminal, replayed

pytestmark = pytest.mark.usefixtures("korean")


async def shown_as_composed(app: BroadsheetApp, pilot: Pilot[None], written: Written) -> None:
    await settle(app, pilot)
    # The last frame is written once the screen has nothing left to lay out or paint
    # (what Screen._on_idle looks at before it runs its update).
    screen = app.screen
    while (
        screen._layout_required
        or screen._scroll_required
        or screen._repaint_required
        or screen._recompose_required
        or screen._dirty_widgets
        or screen._compositor._dirty_regions
    ):
        await pilot.pause()
    assert replayed(written, app.size) == composed(app)


def keys_then_compare(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int], steps: Sequence[Sequence[str]]
) -> None:
    async def go() -> None:
        with recorded_terminal(monkeypatch) as written:
            app = seed_app()
            async with app.run_test(size=size) as pilot:
                await shown_as_composed(app, pilot, written)
                for keys in steps:
                    await pilot.press(*keys)
                    await shown_as_composed(app, pilot, written)

    asyncio.run(go())


def test_the_model_blanks_a_wide_character_written_over_by_half() -> None:
    screen = TerminalScreen(6, 1)
    screen.feed("미소가")
    screen.feed("\x1b[1;2H ")  # a space over the right half of 미
    assert screen.lines() == ["  소가"]
    screen.feed("\x1b[1;1H\x1b[1m미\x1b[0m\x1b[1;4Hx")  # SGR ignored; x over 소's right half
    assert screen.lines() == ["미 x가"]


def test_a_span_that_ends_inside_a_chop_writes_all_of_it() -> None:
    """Textual's own partial update, given a span that ends in the middle of 소 (as the
    stale article region did in the ad pane): cropped, it blanks 소; whole, it does not."""

    def shown(fix: bool) -> list[str]:
        line = {0: Strip([Segment("ab")]), 2: Strip([Segment("미소가")])}
        update = ChopsUpdate([line], [(0, 0, 5)], [[2, 8]])
        if fix:
            whole_chops(update)
        screen = TerminalScreen(8, 1)
        screen.feed("ab미소가")
        screen.feed(update.render_segments(Console(width=8, force_terminal=True)))
        return screen.lines()

    assert shown(fix=False) == ["ab미  가"]
    assert shown(fix=True) == ["ab미소가"]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_opening_an_ad_from_the_list(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """At 80 columns the ad pane takes the list's place: the frame that switches them must
    not cut the ad's Hangul at the article pane's old edge."""
    keys_then_compare(monkeypatch, size, [["tab"], ["tab"], ["j"], ["enter"]])


SIZES = [(80, 24), (120, 40), (200, 50)]
SCENARIOS = {
    # `a` folds and unfolds the ads; narrow, they take the list's place and give it back.
    "fold-ads": [["a"], ["a"], ["tab"], ["a"], ["a"]],
    "articles": [["J"], ["J"], ["K"], ["right_square_bracket"], ["J"], ["left_square_bracket"]],
    "page-map": [["p"], ["j"], ["enter"], ["p"], ["escape"]],
    "search": [["slash"], ["ㄱ", "ㅈ"], ["enter"], ["escape"]],
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", SCENARIOS)
def test_moving_around(monkeypatch: pytest.MonkeyPatch, size: tuple[int, int], name: str) -> None:
    keys_then_compare(monkeypatch, size, SCENARIOS[name])


def test_resizing_with_the_ads_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Narrow to wide and back, with the ad pane unfolded in the list's place."""

    async def go() -> None:
        with recorded_terminal(monkeypatch) as written:
            app = seed_app()
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.press("tab", "tab", "j", "enter")
                await shown_as_composed(app, pilot, written)
                for size in [(120, 40), (80, 24), (200, 50), (100, 30)]:
                    await pilot.resize_terminal(*size)
                    await shown_as_composed(app, pilot, written)
                    await pilot.press("J")
                    await shown_as_composed(app, pilot, written)

    asyncio.run(go())
