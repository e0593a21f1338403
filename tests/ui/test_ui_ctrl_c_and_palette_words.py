"""Ctrl+C quits (selected text is copied instead), a key typed with q opens nothing on the
closing app, and the palette's "no matches" line is in the interface language: no
framework English, no raw markup (Pilot)."""

from __future__ import annotations

import pytest
from textual import events
from textual.command import CommandList

from tests.editions import library, seed
from tests.photo_editions import photo_library
from tests.ui.conftest import notifications, settle, wait_until
from tests.ui.session import run


def test_ctrl_c_quits_as_q_does():
    async def body(app, pilot, screen):
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.return_code == 0  # quitting, not a notice about quitting
        assert notifications(app) == []

    run(library(seed()), body)


@pytest.mark.parametrize(
    ("key", "screen_name"),
    [
        ("p", "PageMapScreen"),
        ("e", "EditionPicker"),
        ("question_mark", "HelpScreen"),
        ("apostrophe", "BookmarksScreen"),
        ("ctrl+p", "Palette"),
        ("i", "PhotoScreen"),
    ],
)
def test_ctrl_c_quits_over_every_screen(key, screen_name, tmp_path):
    # The app's q quits from the reader's screen only (a dialog's close may be remapped off
    # q); Ctrl+C quits from every screen, the modal dialogs' too.
    async def body(app, pilot, screen):
        screen.open_item("p2-2")  # an article with two photos, for `i`
        await settle(app, pilot)
        await pilot.press(key)
        await wait_until(pilot, lambda: type(app.screen).__name__ == screen_name, screen_name)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.return_code == 0

    lib, start = photo_library(tmp_path)
    run(lib, body, start=start, keymap={"close_dialog": "x"}, pictures="halfblocks")


def test_help_says_once_what_ctrl_c_does():
    # Help listed "^c super+c  Copy selected text" (the screen's binding, which the app's
    # priority Ctrl+C never lets run) besides "^c  Quit broadsheet, from any screen".
    async def body(app, pilot, screen):
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "HelpScreen")
        rows = [row for _title, rows in app.screen.groups for row in rows]
        ctrl_c = [about for keys, about in rows if "^c" in keys.split(" ")]
        assert ctrl_c == ["Copy the selected text; with none, quit broadsheet (from any screen)"]
        # Textual's super+c: a key the desktop takes in most terminals (Ctrl+C copies).
        assert not [keys for keys, _about in rows if "super" in keys]

    run(library(seed()), body)


def test_a_key_of_ours_remapped_to_super_is_listed():
    async def body(app, pilot, screen):
        await pilot.press("question_mark")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "HelpScreen")
        rows = dict(row for _title, rows in app.screen.groups for row in rows)
        assert rows["super+m"] == "Mark the open article read or unread"

    run(library(seed()), body, keymap={"toggle_read": "super+m"})


def test_ctrl_c_with_text_selected_in_the_search_bar_copies_it_and_stays():
    async def body(app, pilot, screen):
        await pilot.press("slash", *"광주", "shift+home")
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert app.clipboard == "광주"
        assert app.return_code is None

    run(library(seed()), body)


@pytest.mark.usefixtures("korean")
def test_a_palette_search_without_a_match_says_so_in_korean():
    async def body(app, pilot, screen):
        await pilot.press("ctrl+p", *"zzqx")
        found = app.screen.query_one(CommandList)

        def said() -> bool:  # the line comes on a timer, after the search found nothing
            return bool(found.option_count) and found.get_option_at_index(0).disabled

        await wait_until(pilot, said)
        shown = found.get_option_at_index(0).prompt.renderable
        assert str(shown) == "일치하는 항목이 없습니다"

    run(library(seed()), body)


KEY_CHARACTERS = {"e": "e", "p": "p", "slash": "/", "apostrophe": "'", "question_mark": "?"}


@pytest.mark.parametrize("key", list(KEY_CHARACTERS))
def test_a_key_typed_right_after_q_opens_nothing_on_a_closing_app(key):
    # q then e at once: the picker was pushed on an app already leaving, could not mount
    # its list, and the reader ended in a traceback instead of quitting.
    # Both keys are queued before either is handled, as a terminal's one read gives them
    # (Pilot's press waits for each key to settle).
    async def body(app, pilot, screen):
        for name, character in (("q", "q"), (key, KEY_CHARACTERS[key])):
            app.post_message(events.Key(name, character))
        await pilot.pause()
        assert app.return_code == 0

    run(library(seed()), body)
