"""Help lists every key of every screen, from the bindings themselves; `?` opens it over
any screen (that screen's keys first) and `q` closes any dialog, never quits; the keys
that move in a list move in the dialogs' lists too."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library import Library, open_library
from reader.ui.screens.bookmarks import BookmarksScreen
from reader.ui.screens.editions import EditionPicker
from reader.ui.screens.help import DESKTOP_MODIFIERS, SIDEWAYS, HelpScreen, help_groups
from reader.ui.screens.pagemap import PageMapScreen
from reader.ui.screens.photo import PhotoScreen
from tests.editions import multi_page, shelf
from tests.photo_editions import photo_library
from tests.ui.conftest import drive, settle, wait_until
from tests.ui.session import shelf_of_three

HALF = {"pictures": "halfblocks"}


def help_keys(groups) -> set[str]:
    return {key for _title, rows in groups for keys, _about in rows for key in keys.split(" ")}


def live_keys(app) -> set[str]:
    """The keys that work on the screen on top now, as Textual's public bindings say (not
    Textual's own keys with a modifier the desktop keeps: Super+C reaches few readers)."""
    return {
        app.get_key_display(one.binding)
        for one in app.active_bindings.values()
        if one.binding.description
        and not one.binding.system
        and one.binding.action not in SIDEWAYS
        and (one.binding.id or not DESKTOP_MODIFIERS & set(one.binding.key.split("+")[:-1]))
    }


REMAPS = {"next_article": "ctrl+n", "close_dialog": "w", "list_last": "L"}
ASKED_FIRST = {"u", "y"}  # undo a bookmark's removal, say yes to a deletion: once asked


@pytest.mark.parametrize("keymap", [{}, REMAPS], ids=["default", "remapped"])
def test_help_lists_the_keys_that_work_on_each_screen(tmp_path, keymap):
    @drive(shelf_of_three, keymap=keymap)
    async def body(app, pilot, screen):
        for widget, title in (
            (screen.sections, "Section list"),
            (screen.article_view, "Article and ad panes"),
        ):
            widget.focus()
            await pilot.pause()
            live = live_keys(app)
            await pilot.press("question_mark")
            groups = app.screen.groups
            assert live <= help_keys(groups), title
            assert help_keys([g for g in groups if g[0] in ("Reading", title)]) <= live, title
            await pilot.press("escape")
            await wait_until(pilot, lambda: app.screen is screen, "back to the reader")
        close = "w" if keymap else "q"
        for key, dialog in (
            ("p", PageMapScreen),
            ("apostrophe", BookmarksScreen),
            ("e", EditionPicker),
        ):
            await pilot.press(key)
            await wait_until(pilot, lambda d=dialog: isinstance(app.screen, d), dialog.__name__)
            live = live_keys(app)
            shown = await _help_over(app, pilot, dialog)
            assert live <= help_keys(shown.groups), dialog.__name__
            assert help_keys(shown.groups[:1]) - ASKED_FIRST <= live, dialog.__name__
            await pilot.press("q", close)  # help's own q, then the dialog's
            await wait_until(pilot, lambda: app.screen is screen, "back to the reader")
        listed = help_keys(help_groups(screen))
        assert {"d", "u", "←", "→"} <= listed  # bookmarks and photos: once missing
        assert {"w", "L", "^n"} <= listed if keymap else not {"w", "L", "^n"} & listed

    body(tmp_path)


async def _help_over(app, pilot, dialog: type) -> HelpScreen:
    await wait_until(pilot, lambda: isinstance(app.screen, dialog), dialog.__name__)
    await pilot.press("question_mark")
    await wait_until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
    return app.screen


@pytest.mark.parametrize(
    ("key", "dialog", "title"),
    [
        ("p", PageMapScreen, "Page map"),
        ("apostrophe", BookmarksScreen, "Bookmarks"),
        ("e", EditionPicker, "Edition list"),
    ],
)
def test_question_mark_opens_help_over_a_dialog_and_q_closes_both(tmp_path, key, dialog, title):
    @drive(shelf_of_three)
    async def body(app, pilot, screen):
        await pilot.press(key)
        shown = await _help_over(app, pilot, dialog)
        assert shown.groups[0][0] == title  # the dialog's own keys first
        await pilot.press("q")
        await wait_until(pilot, lambda: isinstance(app.screen, dialog), "back to the dialog")
        await pilot.press("q")
        await wait_until(pilot, lambda: app.screen is screen, "back to the reader")
        assert app.is_running  # q closed the dialog; it did not quit

    body(tmp_path)


@drive(photo_library, **HALF)
async def test_question_mark_and_q_in_the_photo_dialog(app, pilot, screen):
    screen.open_item("p2-1")
    await pilot.pause()
    await pilot.press("i")
    shown = await _help_over(app, pilot, PhotoScreen)
    assert shown.groups[0][0] == "Photos"
    assert ("→ l", "Next photo") in shown.groups[0][1]
    await pilot.press("q", "q")
    await wait_until(pilot, lambda: app.screen is screen, "back to the reader")
    assert app.is_running


def long_shelf(tmp_path: Path) -> tuple[Library, int]:
    """A month of editions: more than the picker shows at 80x24."""
    days = [multi_page(f"2026-01-{day:02}", 8000 + day) for day in range(1, 21)]
    return open_library(shelf(tmp_path / "eds", *days))


@drive(long_shelf, size=(80, 24))
async def test_the_picker_moves_by_the_list_keys(app, pilot, screen):
    await pilot.press("e")
    await wait_until(pilot, lambda: isinstance(app.screen, EditionPicker))
    options = app.screen.query_one("#editions")
    last = options.option_count - 1
    seen = []
    for key in ("G", "g", "end", "home", "pagedown", "pageup"):
        await pilot.press(key)
        await settle(app, pilot)
        seen.append(options.highlighted)
    assert seen[:4] == [last, 0, last, 0]
    assert 0 < seen[4] < last and seen[5] == 0  # a page down, then back up
    # In sight: the list no taller than the dialog's inside (its last row, where End
    # puts the cursor, was under the dialog's border at 80x24).
    inside = app.screen.query_one("#picker-dialog").content_region
    assert options.region.bottom <= inside.bottom
