"""Bookmarks in the app: add, list, open, delete, across restarts (Pilot + State)."""

from __future__ import annotations

import re

from textual.widgets import OptionList

from reader.state import State
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.widgets.panes import ArticleView
from tests.editions import library, multi_page, seed, shelf
from tests.ui.conftest import notifications, palette, settle
from tests.ui.session import MULTI, run, run_shelf, saved, shelf_of_three


def test_bookmarks_add_list_open_delete(tmp_path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        view = screen.query_one(ArticleView)
        await pilot.press("B")  # 02-06 p1-1, at the top
        await settle(app, pilot)
        await pilot.press("J", "tab", *["j"] * 10, "B")  # 02-06 p2-1, further down
        await settle(app, pilot)
        leaf = screen.reading.bookmarks[0].leaf
        assert leaf is not None and leaf.startswith("body.")
        assert any(n.title == "Bookmarked" for n in notifications(app))
        await pilot.press("less_than_sign")
        await settle(app, pilot)
        assert screen.edition.id == MULTI

        await pilot.press("apostrophe")
        dialog = app.screen
        assert isinstance(dialog, BookmarksScreen)
        options = dialog.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(2)]
        assert labels[0].startswith(
            "반도체 수출 석 달째 증가\n광남일보 · Friday, February 6, 2026 · paragraph "
        )  # newest first
        assert labels[1].startswith("“광주지역 전역, AI 실증 무대로 만들겠다”\n")
        # When it was added, dated as the edition is: one style of date on the row.
        added = r" · top · added [A-Z][a-z]+day, [A-Z][a-z]+ \d+, 20\d\d \d\d:\d\d$"
        assert re.search(added, labels[1])
        await pilot.press("enter")  # opens the newest: switches back to 02-06
        await settle(app, pilot)
        assert app.screen is screen
        assert screen.edition.id == "광남일보-2026-02-06" and screen.item_id == "p2-1"
        assert view.scroll_y == min(view.anchors[leaf], view.max_scroll_y) > 0

        await pilot.press("apostrophe", "j", "d")  # the older one
        options = app.screen.query_one(OptionList)
        assert options.option_count == 1
        await pilot.press("escape")
        assert app.screen is screen
        assert [b.item_id for b in screen.reading.bookmarks] == ["p2-1"]

    run(lib, body, start=start)
    with saved() as state:
        assert [(b.edition_id, b.item_id) for b in state.bookmarks()] == [
            ("광남일보-2026-02-06", "p2-1")
        ]


def test_deleting_the_last_bookmark_leaves_a_hint():
    async def body(app, pilot, screen):
        await pilot.press("B")
        await settle(app, pilot)
        await pilot.press("apostrophe", "d")
        options = app.screen.query_one(OptionList)
        assert str(options.get_option_at_index(0).prompt) == (
            "No bookmarks yet: B bookmarks the open article."
        )
        await pilot.press("enter")  # nothing to open
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("escape")

    run(library(seed()), body)
    with saved() as state:
        assert state.bookmarks() == []


def test_bookmarks_survive_a_restart_and_the_palette_finds_them(tmp_path):
    lib_path = shelf(tmp_path / "eds", seed(), multi_page("2026-02-06", 8022))

    async def first(app, pilot, screen):
        await pilot.press("J", "J", "B")  # 지역 상권 회복세 뚜렷
        await settle(app, pilot)
        await pilot.press("less_than_sign")
        await settle(app, pilot)

    async def second(app, pilot, screen):
        assert screen.edition.id == "광남일보-2026-02-04"
        await palette(app, pilot, "Bookmark 상권")
        assert screen.edition.id == "광남일보-2026-02-06" and screen.item_id == "p2-2"

    run_shelf(lib_path, first)
    run_shelf(lib_path, second)


def test_a_bookmark_whose_edition_is_not_on_the_shelf_says_so(tmp_path):
    with State.open(strict=True) as state:
        state.add_bookmark(
            "광남일보-1999-01-01", "p1-1", "옛 기사", edition_path=tmp_path / "x.json"
        )

    async def body(app, pilot, screen):
        screen.open_bookmark(screen.reading.bookmarks[0])
        await pilot.pause()
        assert screen.edition.id == MULTI
        assert any(
            "not on this shelf" in n.message and "x.json" in n.message for n in notifications(app)
        )

    run(library(multi_page()), body)


def test_a_deleted_bookmark_comes_back_with_u_while_the_dialog_is_open(tmp_path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await pilot.press("B")
        await settle(app, pilot)
        await pilot.press("J", "B")
        await settle(app, pilot)
        await pilot.press("apostrophe")
        dialog = app.screen
        options = dialog.query_one(OptionList)
        first = str(options.get_option_at_index(0).prompt)
        await pilot.press("d", "d")
        assert str(options.get_option_at_index(0).prompt).startswith("No bookmarks yet")
        frame = dialog.query_one("#bookmarks-dialog")
        assert frame.border_subtitle == "Deleted · u undoes · Esc closes"
        await pilot.press("u")  # the last deleted, back in its place
        assert options.option_count == 1
        assert str(options.get_option_at_index(0).prompt) != first
        await pilot.press("u")
        assert [str(options.get_option_at_index(i).prompt) for i in range(2)][0] == first
        assert options.highlighted == 0
        assert frame.border_subtitle == "Enter opens · d deletes · Esc closes"
        assert len(screen.reading.bookmarks) == 2
        await pilot.press("j", "d", "escape")
        assert [b.item_id for b in screen.reading.bookmarks] == ["p2-1"]

    run(lib, body, start=start)
    with saved() as state:
        assert [b.item_id for b in state.bookmarks()] == ["p2-1"]


def test_a_delete_is_saved_at_once_and_its_undo_too_however_the_app_ends(tmp_path):
    # ctrl+q quits from inside the dialog (a priority key): the dialog never closes itself.
    lib, start = shelf_of_three(tmp_path)
    before = []

    async def body(app, pilot, screen):
        await pilot.press("B")
        await settle(app, pilot)
        await pilot.press("J", "B")
        await settle(app, pilot)
        before.extend(screen.reading.bookmarks)
        await pilot.press("apostrophe", "d", "d", "u")  # both deleted, the older put back
        assert screen.reading.bookmarks == before[1:]
        await pilot.press("ctrl+q")

    run(lib, body, start=start)
    with saved() as state:
        assert state.bookmarks() == before[1:]  # the same id and time: the same place


def test_a_bookmark_made_in_another_folder_opens_and_names_its_edition(tmp_path):
    here = shelf(tmp_path / "week", multi_page("2026-02-05"))
    there = shelf(tmp_path / "other", multi_page("2026-02-03", 8019))

    async def bookmark_there(app, pilot, screen):
        await pilot.press("J", "B")  # 02-03 p2-1
        await settle(app, pilot)

    async def open_it_here(app, pilot, screen):
        assert screen.edition.id == MULTI
        await pilot.press("apostrophe")
        options = app.screen.query_one(OptionList)
        label = str(options.get_option_at_index(0).prompt)
        edition = "광남일보 · Tuesday, February 3, 2026"  # not its id: the file names it
        assert label.startswith(f"반도체 수출 석 달째 증가\n{edition} · top")
        await pilot.press("enter")
        await settle(app, pilot)
        assert (screen.edition.id, screen.item_id) == ("광남일보-2026-02-03", "p2-1")
        assert not any(n.severity == "warning" for n in notifications(app))
        # It joined the shelf, in date order, and the way back still leads here.
        assert [e.id for e in screen.library.entries] == ["광남일보-2026-02-03", MULTI]
        await pilot.press("backspace")
        await settle(app, pilot)
        assert screen.edition.id == MULTI

    run_shelf(there, bookmark_there)
    run_shelf(here, open_it_here)


def test_a_bookmarks_date_and_time_stay_on_one_line_at_80_columns(tmp_path):
    lib, start = shelf_of_three(tmp_path)

    async def body(app, pilot, screen):
        await pilot.press("B")
        await settle(app, pilot)
        await pilot.press("apostrophe")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarksScreen)
        options = app.screen.query_one(OptionList)
        lines = [options.render_line(y).text.strip() for y in range(options.size.height)]
        added = next((line for line in lines if "added" in line), "")
        # The time was alone on the row's last line, away from its date.
        assert re.search(r"added \w+day, \w+ \d+, \d{4} \d\d:\d\d$", added), lines

    run(lib, body, start=start, size=(80, 24))


def test_a_long_title_is_one_line_cut_by_cells_at_the_width_it_is_drawn_at():
    """A headless photo's bookmark is named by its whole caption: the dialog cuts it to
    a line by cells at the row's width (the dialog's, set only in dialogs.tcss), with '…',
    never inside a cluster drawn as one; a row wide enough shows it whole."""
    from datetime import UTC, datetime

    from rich.console import Console

    from reader.printable import cell_width
    from reader.state import Bookmark
    from reader.ui.screens.bookmarks import bookmark_label

    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    title = "강변 봄꽃 축제를 찾은 시민들 " * 3 + family + " 가족 나들이" * 3
    mark = Bookmark(id=1, edition_id="e", item_id="p1-3", title=title, created_at=datetime.now(UTC))

    def lines(width: int) -> list[str]:
        console = Console(width=width, record=True, color_system=None)
        console.print(bookmark_label(mark, None))
        return console.export_text().splitlines()

    for width in (40, 65):
        first, where = lines(width)[:2]
        assert first.endswith("…") and width - 4 < cell_width(first) <= width, (width, first)
        assert title.startswith(first[:-1]) and where.startswith("e · "), lines(width)
    assert lines(200)[0] == title  # room for it all: nothing cut
