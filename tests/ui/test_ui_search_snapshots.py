"""How search looks on the seed edition (SVG snapshots: --snapshot-update, then look)."""

from __future__ import annotations

from textual.pilot import Pilot

from tests.ui.conftest import bar, search, seed_app, typed


async def hits_listed(pilot: Pilot) -> None:
    """`/오상진`: the bar open, its four hits listed."""
    await search(pilot.app, pilot, "오상진")
    # The cursor shown steadily: a blinking one is on or off by the clock.
    bar(pilot.app).input.cursor_blink = False
    await pilot.pause()


async def second_hit_open(pilot: Pilot) -> None:
    """Then Enter and n: the second hit open, all four highlighted, the list folded."""
    await hits_listed(pilot)
    await typed(pilot.app, pilot, "enter", "n")


def test_hits_listed(snap_compare):
    assert snap_compare(seed_app(), terminal_size=(80, 24), run_before=hits_listed)


def test_hit_highlighted(snap_compare):
    assert snap_compare(seed_app(), terminal_size=(120, 40), run_before=second_hit_open)


def test_hit_highlighted_narrow(snap_compare):
    assert snap_compare(seed_app(), terminal_size=(80, 24), run_before=second_hit_open)
