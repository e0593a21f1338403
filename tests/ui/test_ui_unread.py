"""The next unread article (u): after the open one in the paper's order, from the edition's
start again past its end; when every other article is read, the line under the panes says
so and names the key to the next edition."""

from __future__ import annotations

from pathlib import Path

from reader.outline import Outline
from tests.editions import library, multi_page
from tests.ui.session import run, shelf_of_three
from tests.ui.test_ui_edition_ends import at_edition, end_line

ALL_READ = "No other article of this edition is unread."


def test_the_next_unread_is_after_this_one_then_from_the_start():
    outline = Outline(multi_page())
    assert outline.unread_after("p1-1", frozenset()) == "p2-1"
    assert outline.unread_after("p1-1", frozenset({"p2-1"})) == "p2-2"
    assert outline.unread_after("p2-2", frozenset({"p2-1"})) == "p1-1"  # from the start
    assert outline.unread_after(None, frozenset()) == "p1-1"  # no article open: the first
    # The open article does not count, read or not: it is where the reader is.
    assert outline.unread_after("p2-2", frozenset({"p1-1", "p2-1"})) is None


def test_u_opens_the_next_unread_article_passing_the_read_ones():
    async def body(app, pilot, screen):
        assert screen.item_id == "p1-1"
        await pilot.press("u")
        assert screen.item_id == "p2-1"
        await pilot.press("m", "K", "u")  # p2-1 read: from p1-1, u passes over it
        assert screen.item_id == "p2-2"
        await pilot.press("u")  # past the end: from the start again
        assert screen.item_id == "p1-1"
        assert end_line(screen) is None

    run(library(multi_page()), body)


def test_u_with_nothing_left_unread_says_so_and_offers_the_next_edition(tmp_path: Path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await at_edition(app, pilot, screen, "2026-02-05", "p1-1")
        await pilot.press("m", "J", "m", "J", "m")  # every article marked read
        await pilot.press("u")
        assert screen.item_id == "p2-2"  # stays
        assert end_line(screen) == (
            f"{ALL_READ} > opens the next edition: 광남일보 · Friday, February 6, 2026."
        )
        await pilot.press("m", "K", "u")  # p2-2 unread again: u finds it
        assert screen.item_id == "p2-2" and end_line(screen) is None

    run(lib, body, start=start)
