"""Over a dialog the app's quit key never quits, whatever the keymap: with the dialogs'
close moved off q, q over the page map, the picker and help does not quit; only the
reader's screen quits (Pilot)."""

from __future__ import annotations

import pytest

from reader.ui.screens.reader import ReaderScreen
from tests.ui.conftest import drive
from tests.ui.session import shelf_of_three

CLOSE_ON_X = {"close_dialog": "x"}


@pytest.mark.parametrize("key", ["p", "e", "question_mark"])
def test_q_over_a_dialog_with_close_remapped_does_not_quit(tmp_path, key):
    @drive(shelf_of_three, keymap=CLOSE_ON_X)
    async def body(app, pilot, screen):
        await pilot.press(key)
        dialog = app.screen
        assert not isinstance(dialog, ReaderScreen)
        await pilot.press("q")
        assert app.return_code is None
        if app.screen is dialog:  # help's own q closes it
            await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("q")
        assert app.return_code == 0

    body(tmp_path)
