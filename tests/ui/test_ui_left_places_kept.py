"""Which part-read places the state file keeps from a session to the next: the article
open when the reader quits is left as any other (part-read: its place is kept; read to
its end: the place an earlier session kept goes), and a --fresh session that reads an
article to its end forgets the place it passed over, so a week of reading keeps only
places that can still be opened."""

from __future__ import annotations

from reader.ui.widgets.panes import ArticleView
from tests.editions import multi_page, shelf
from tests.ui.conftest import settle, wait_until
from tests.ui.session import run_shelf, saved


async def pressed(app, pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await settle(app, pilot)


def places() -> set[str]:
    """The articles the state file keeps a part-read place for."""
    with saved() as state:
        return {item for _edition, item in state.all_left()}


async def part_read(app, pilot, screen, item_id: str) -> float:
    view = screen.query_one(ArticleView)
    screen.open_item(item_id)
    await settle(app, pilot)
    await pressed(app, pilot, "space")
    assert 0 < view.scroll_y < view.max_scroll_y
    return view.scroll_y


def test_the_article_open_at_quit_keeps_its_place_or_forgets_it(tmp_path):
    folder = shelf(tmp_path / "eds", multi_page())

    async def quit_part_read(app, pilot, screen):
        await part_read(app, pilot, screen, "p2-1")

    async def quit_read_to_its_end(app, pilot, screen):
        view = screen.query_one(ArticleView)
        await wait_until(pilot, lambda: screen.reading.loaded)
        assert screen.item_id == "p2-1" and view.scroll_y > 0  # where it was left
        await pressed(app, pilot, "G")

    run_shelf(folder, quit_part_read, size=(80, 24))
    assert places() == {"p2-1"}
    run_shelf(folder, quit_read_to_its_end, size=(80, 24))
    assert places() == set()


def test_a_fresh_session_reading_an_article_to_its_end_forgets_its_place(tmp_path):
    folder = shelf(tmp_path / "eds", multi_page())

    async def first(app, pilot, screen):
        await part_read(app, pilot, screen, "p2-1")
        await part_read(app, pilot, screen, "p2-2")
        await pressed(app, pilot, "K")

    async def fresh(app, pilot, screen):
        await wait_until(pilot, lambda: screen.reading.loaded)
        screen.open_item("p2-2")  # at its top (fresh), then read to its end
        await settle(app, pilot)
        await pressed(app, pilot, "G", "K")

    async def later(app, pilot, screen):
        view = screen.query_one(ArticleView)
        await wait_until(pilot, lambda: screen.reading.loaded)
        screen.open_item("p2-2")
        await settle(app, pilot)
        assert view.scroll_y == 0  # read to its end last time: its top

    run_shelf(folder, first, size=(80, 24))
    assert places() == {"p2-1", "p2-2"}
    run_shelf(folder, fresh, size=(80, 24), fresh=True)
    assert places() == {"p2-1"}  # the one fresh passed over, never read on, stays
    run_shelf(folder, later, size=(80, 24))
