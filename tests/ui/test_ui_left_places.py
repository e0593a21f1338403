"""An article left part-read opens again where it was left (J, K, the list, Space), not
at its top; one read to its end, or left at its top, opens at its top; b still opens the
previous article at its end."""

from __future__ import annotations

from reader.ui.widgets.panes import ArticleView
from tests.editions import library, multi_page, shelf
from tests.ui.conftest import drive, settle, wait_until
from tests.ui.session import run_shelf, shelf_of_three


async def pressed(app, pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(app, pilot)


@drive(library(multi_page()), size=(80, 24))
async def test_an_article_left_part_read_opens_where_it_was_left(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pressed(app, pilot, "space", "space")
    left = view.scroll_y
    assert 0 < left < view.max_scroll_y
    await pressed(app, pilot, "J")
    assert screen.item_id == "p2-2" and view.scroll_y == 0  # never opened: its top
    await pressed(app, pilot, "K")
    assert screen.item_id == "p2-1" and view.scroll_y == left
    await pressed(app, pilot, "J", "space", "K")  # the other way, and from the list
    screen.sections.focus()
    screen.sections.select("p2-2")
    await pressed(app, pilot, "enter")
    assert screen.item_id == "p2-2" and 0 < view.scroll_y < view.max_scroll_y


@drive(library(multi_page()), size=(80, 24))
async def test_an_article_read_to_its_end_or_left_at_its_top_opens_at_its_top(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pressed(app, pilot, "G", "J", "K")  # read to its end
    assert screen.item_id == "p2-1" and view.scroll_y == 0
    await pressed(app, pilot, "space", "g", "J", "K")  # back up at its top
    assert screen.item_id == "p2-1" and view.scroll_y == 0


@drive(library(multi_page()), size=(80, 24))
async def test_b_opens_the_previous_at_its_end_wherever_it_was_left(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pressed(app, pilot, "space", "J", "b")
    assert screen.item_id == "p2-1"
    assert view.scroll_y == view.max_scroll_y > 0


@drive(library(multi_page()), size=(80, 24))
async def test_the_open_article_chosen_again_in_the_list_keeps_its_place(app, pilot, screen):
    view = screen.query_one(ArticleView)
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pressed(app, pilot, "space")
    left = view.scroll_y
    screen.sections.focus()
    await pressed(app, pilot, "enter")  # the cursor is on the open article
    assert screen.item_id == "p2-1" and view.scroll_y == left
    await pressed(app, pilot, "J", "K")
    assert screen.item_id == "p2-1" and view.scroll_y == left


@drive(shelf_of_three, size=(80, 24))
async def test_an_article_left_part_read_in_another_edition_opens_where_it_was_left(
    app, pilot, screen
):
    view = screen.query_one(ArticleView)
    newest = screen.edition.id
    screen.open_item("p2-1")
    await settle(app, pilot)
    await pressed(app, pilot, "tab", "space", "space")
    left = view.scroll_y
    assert 0 < left < view.max_scroll_y
    await pressed(app, pilot, "less_than_sign")
    assert screen.edition.id != newest
    screen.open_item("p2-1")  # the same id in the edition before: another story, at its top
    await settle(app, pilot)
    assert view.scroll_y == 0
    await pressed(app, pilot, "greater_than_sign")
    assert (screen.edition.id, screen.item_id) == (newest, "p2-1")
    assert view.scroll_y == left


def test_an_article_left_part_read_opens_there_in_the_next_session(tmp_path):
    """The place is kept in the reading state: the next morning K goes back to the line
    where the article was left; one read to its end still opens at its top; --fresh
    opens every article at its top."""
    folder = shelf(tmp_path / "eds", multi_page())
    left: list[float] = []

    async def first(app, pilot, screen):
        view = screen.query_one(ArticleView)
        screen.open_item("p2-2")
        await settle(app, pilot)
        await pressed(app, pilot, "G")  # read to its end
        screen.open_item("p2-1")
        await settle(app, pilot)
        await pressed(app, pilot, "space", "space")
        left.append(view.scroll_y)
        assert 0 < left[0] < view.max_scroll_y
        await pressed(app, pilot, "J")  # on to the next; quitting there
        assert screen.item_id == "p2-2" and view.scroll_y == 0

    async def second(app, pilot, screen):
        view = screen.query_one(ArticleView)
        assert screen.item_id == "p2-2"  # where reading stopped
        # The places are read after the first frame, on the state's thread; a reader's
        # first key comes later than a test's.
        await wait_until(pilot, lambda: screen.reading.loaded)
        await pressed(app, pilot, "K")
        assert screen.item_id == "p2-1" and view.scroll_y == left[0]
        await pressed(app, pilot, "J")
        assert screen.item_id == "p2-2" and view.scroll_y == 0  # read to its end: its top

    async def fresh(app, pilot, screen):
        view = screen.query_one(ArticleView)
        await wait_until(pilot, lambda: screen.reading.loaded)
        screen.open_item("p2-1")
        await settle(app, pilot)
        assert view.scroll_y == 0

    run_shelf(folder, first, size=(80, 24))
    run_shelf(folder, second, size=(80, 24))
    run_shelf(folder, fresh, size=(80, 24), fresh=True)
