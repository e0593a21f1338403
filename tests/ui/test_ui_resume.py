"""Resuming in the app: the same article at the same line after a restart, at any width
(Pilot + State)."""

from __future__ import annotations

import pytest

from reader.tracker import top_leaf
from reader.ui.widgets.panes import ArticleView
from reader.ui.widgets.sections import SectionList
from tests.editions import multi_page, seed, shelf
from tests.ui.conftest import settle
from tests.ui.session import run, run_shelf, saved, shelf_of_three


def test_a_restart_opens_the_same_article_at_the_same_line(tmp_path):
    lib_path = shelf(tmp_path / "eds", multi_page())
    seen = {}

    async def first(app, pilot, screen):
        await pilot.press("J", "tab", "j", "j", "j", "j", "j")
        await settle(app, pilot)
        view = screen.query_one(ArticleView)
        seen["item"], seen["y"] = screen.item_id, view.scroll_y
        assert seen["item"] == "p2-1" and seen["y"] == 5
        await pilot.press("q")

    async def second(app, pilot, screen):
        assert screen.item_id == "p2-1"
        assert screen.query_one(ArticleView).scroll_y == seen["y"]
        assert screen.query_one(SectionList).highlighted == (
            screen.query_one(SectionList).index_of("p2-1")
        )

    async def fresh(app, pilot, screen):
        assert screen.item_id == "p1-1"
        assert screen.query_one(ArticleView).scroll_y == 0

    for body, kwargs in ((first, {}), (second, {}), (fresh, {"fresh": True})):
        run_shelf(lib_path, body, size=(80, 24), **kwargs)
    with saved() as state:
        position = state.last_position()
        # The fresh run saved where it stood, so the next start opens there.
        assert position is not None and position.item_id == "p1-1"


def test_a_restart_returns_to_the_edition_read_last(tmp_path):
    lib_path = shelf(
        tmp_path / "eds", seed(), multi_page("2026-02-05"), multi_page("2026-02-06", 8022)
    )

    async def first(app, pilot, screen):
        assert screen.edition.id == "광남일보-2026-02-06"  # the newest, the first time
        await pilot.press("less_than_sign", "less_than_sign")
        await settle(app, pilot)
        assert screen.edition.id == "광남일보-2026-02-04"

    async def second(app, pilot, screen):
        assert screen.edition.id == "광남일보-2026-02-04"
        assert screen.library.entries[screen.edition_index].id == screen.edition.id

    run_shelf(lib_path, first)
    run_shelf(lib_path, second)


def test_an_edition_opened_again_in_a_session_resumes_too(tmp_path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await pilot.press("J", "J")
        assert screen.item_id == "p2-2"
        await pilot.press("less_than_sign")
        await settle(app, pilot)
        assert screen.item_id == "p1-1"
        await pilot.press("greater_than_sign")
        await settle(app, pilot)
        assert screen.item_id == "p2-2"

    run(lib, body, start=start)


@pytest.mark.parametrize(
    ("sizes", "down"),
    [(((70, 30), (200, 60)), 45), (((200, 60), (70, 30)), 41)],
    ids=["wider", "narrower"],
)
def test_another_terminal_width_resumes_in_the_same_paragraph(tmp_path, sizes, down):
    """Lines wrap differently at another width: the saved line still lies in the paragraph
    that was on top (the reader goes on from there), or the paragraph's start is shown."""
    lib_path = shelf(tmp_path / "eds", multi_page())
    seen = {}

    async def first(app, pilot, screen):
        view = screen.query_one(ArticleView)
        await pilot.press("tab", *["j"] * down)  # into a paragraph, not at its start
        await settle(app, pilot)
        seen["leaf"] = top_leaf(view.anchors, view.scroll_y)
        assert seen["leaf"].startswith("body.") and view.anchors[seen["leaf"]] < view.scroll_y

    async def second(app, pilot, screen):
        view = screen.query_one(ArticleView)
        assert view.scroll_y > 0
        assert top_leaf(view.anchors, view.scroll_y) == seen["leaf"]

    run_shelf(lib_path, first, size=sizes[0])
    run_shelf(lib_path, second, size=sizes[1])
