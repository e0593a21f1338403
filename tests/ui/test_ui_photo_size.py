"""A photo in the article pane takes at most a third of the pane's height and is never
drawn at more than twice its own pixels, however wide the pane: the reader scrolls past
a small news photo in a few rows, not half a screen."""

from __future__ import annotations

from rich.cells import cell_len

from tests.photo_editions import photo_library
from tests.ui.conftest import drive, settle
from tests.ui.test_ui_photos import HALF, figure, photo_body_path, text_of


@drive(photo_library, size=(200, 50), **HALF)
async def test_a_small_photo_takes_a_third_of_the_pane_at_most(app, pilot, screen):
    screen.open_item("p2-1")
    await settle(app, pilot)
    view = screen.article_view
    path = photo_body_path(screen, "p2-1")
    image = screen.edition.find("p2-1").body[int(path.split(".")[1])].image
    drawn = figure(view, path)
    cols = max(cell_len(text_of(line).strip()) for line in drawn)
    assert len(drawn) <= view.scrollable_content_region.height // 3
    assert cols <= 2 * image.width // 8  # a terminal cell shows about 8 x 16 pixels
    assert len(drawn) >= 6  # still a photo, not a stamp
