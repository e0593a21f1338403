"""The key bar inside a dialog: it shows the dialog's keys, never the reader's under it
(whose keys do nothing while the dialog is up); a lone photo has no counter or arrows."""

from __future__ import annotations

import pytest
from textual.screen import ModalScreen

from reader.ui.screens.photo import PhotoScreen
from tests.photo_editions import photo_library
from tests.ui.conftest import drive, wait_until
from tests.ui.session import shelf_of_three
from tests.ui.terminal import composed

pytestmark = pytest.mark.usefixtures("korean")
HALF = {"pictures": "halfblocks"}


def bottom_line(app) -> str:
    return composed(app)[-1]


async def dialog(app, pilot, key: str) -> str:
    """The bottom line of the screen with the dialog `key` opens."""
    reader_bar = bottom_line(app)
    assert "J 다음" in reader_bar  # the reader's own keys, before
    await pilot.press(key)
    await wait_until(pilot, lambda: isinstance(app.screen, ModalScreen))
    await pilot.pause()
    return bottom_line(app)


@pytest.mark.parametrize("key", ["question_mark", "apostrophe", "e"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_dialog_shows_its_own_keys(tmp_path, key, size):
    @drive(lambda path: shelf_of_three(path), size=size)
    async def body(app, pilot, screen):
        bar = await dialog(app, pilot, key)
        assert "닫기" in bar
        assert "다음" not in bar and "이전" not in bar and "광고" not in bar, bar
        await pilot.press("escape")
        await wait_until(pilot, lambda: not isinstance(app.screen, ModalScreen))
        await pilot.pause()
        assert "J 다음" in bottom_line(app)  # the reader's keys again

    body(tmp_path)


@drive(photo_library, **HALF)
async def test_the_photo_dialog_shows_its_keys_and_a_lone_photo_no_counter(app, pilot, screen):
    screen.open_item("p2-1")  # one photo
    await pilot.pause()
    bar = await dialog(app, pilot, "i")
    assert isinstance(app.screen, PhotoScreen)
    assert "닫기" in bar and "J 다음" not in bar, bar
    shown = "\n".join(composed(app))
    assert "1/1" not in shown and "←" not in shown
    assert app.screen.query_one("#photo-dialog").border_title == "사진"


@drive(photo_library, **HALF)
async def test_several_photos_keep_their_counter(app, pilot, screen):
    screen.open_item("p2-2")  # two photos
    await pilot.pause()
    await dialog(app, pilot, "i")
    shown = "\n".join(composed(app))
    assert "사진 1/2" in shown and "← → 다른 사진" in shown
