"""`n` or `N` before any search says there is none, and which key searches."""

from __future__ import annotations

from tests.editions import library, seed
from tests.ui.conftest import drive, notifications, search, settle


@drive(library(seed()))
async def test_n_without_a_search_says_so_and_names_the_key(app, pilot, screen):
    await pilot.press("n")
    await settle(app, pilot)
    said = [n.message for n in notifications(app)]
    assert said == ["No search to step through: / searches this edition"]
    assert screen.search_at is None and screen.highlights == {}
    await search(app, pilot, "오상진")
    await pilot.press("tab", "n")
    await settle(app, pilot)
    assert len(notifications(app)) == 1  # with a search, n steps and says nothing


@drive(library(seed()), keymap={"search": "f"})
async def test_the_message_names_a_remapped_search_key(app, pilot, screen):
    await pilot.press("N")
    await settle(app, pilot)
    assert notifications(app)[-1].message == "No search to step through: f searches this edition"
