"""The photo cache's bookkeeping, the app's worker run in line: a pane that draws its
pictures again never has one deleted from the terminal or decoded again under it; a
new cell size (a font zoom) makes the picture again at that size; a picture that cannot
be made takes no id (kitty and Sixel)."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image as PILImage
from rich.style import Style

from reader.model import Image
from reader.pictures import fit
from reader.ui.photos import Photos
from tests.core.test_kitty import commands


class Driver:
    def __init__(self) -> None:
        self.written: list[str] = []

    def write(self, data: str) -> None:
        self.written.append(data)


class InlineApp:
    """What Photos asks of the app, with the worker run in line (no thread, no wait)."""

    def __init__(self) -> None:
        self._driver = Driver()
        self.notices: list[str] = []

    def run_worker(self, work, **_kwargs) -> None:
        work()

    def call_from_thread(self, callback, *args) -> None:
        callback(*args)

    def notify(self, message: str, **_kwargs) -> None:
        self.notices.append(message)


class Pane:
    def photo_ready(self) -> None:
        pass


@pytest.mark.parametrize("mode", ["kitty", "sixel"])
def test_a_pane_drawing_its_pictures_again_keeps_every_one(tmp_path: Path, monkeypatch, mode):
    monkeypatch.setattr("reader.ui.photos.KEPT", 2)
    for name, colour in (("a", (200, 0, 0)), ("b", (0, 200, 0)), ("c", (0, 0, 200))):
        PILImage.new("RGB", (120, 90), colour).save(tmp_path / f"{name}.png")
    a, b, c = (Image(f"{name}.png", 120, 90) for name in "abc")
    app = InlineApp()
    photos = Photos(app, mode)  # type: ignore[arg-type]
    pane, other = Pane(), Pane()

    def show(asker: Pane, image: Image):
        return photos.lines(image, tmp_path, 20, 6, asker, Style())

    for image in (a, b):
        show(pane, image)  # decoded (in line)
    shown = [show(pane, image) for image in (a, b)]  # the pane draws both
    show(other, c)
    show(other, c)  # the cache lets `a` go; the pane still draws it
    deletes = sum("a=d" in data for data in app._driver.written)
    with photos.redrawing(pane):  # the pane draws the same two again
        again = [show(pane, image) for image in (a, b)]
    assert again == shown  # the same pictures: none decoded again under a new id
    assert sum("a=d" in data for data in app._driver.written) == deletes


def sent_png_sizes(app: InlineApp) -> list[tuple[int, int]]:
    """The pixel size of each picture sent to the terminal (kitty's transmit commands)."""
    sizes = []
    for data in app._driver.written:
        chunks = [payload for keys, payload in commands(data) if keys.get("a") != "d"]
        if chunks:
            with PILImage.open(io.BytesIO(base64.b64decode("".join(chunks)))) as picture:
                sizes.append(picture.size)
    return sizes


def test_a_new_cell_size_sends_the_picture_again_at_that_size(tmp_path: Path, monkeypatch):
    cell = [(10, 20)]
    monkeypatch.setattr("reader.ui.photos.kitty.cell_pixels", lambda _fd: cell[0])
    PILImage.new("RGB", (120, 90), (200, 0, 0)).save(tmp_path / "a.png")
    image = Image("a.png", 120, 90)
    app = InlineApp()
    photos = Photos(app, "kitty")  # type: ignore[arg-type]
    pane = Pane()
    photos.lines(image, tmp_path, 20, 6, pane, Style())
    before = photos.lines(image, tmp_path, 20, 6, pane, Style())
    cell[0] = (12, 24)  # the font is made larger; the picture keeps its cells
    photos.lines(image, tmp_path, 20, 6, pane, Style())
    after = photos.lines(image, tmp_path, 20, 6, pane, Style())
    assert after != before
    cols, rows = fit(120, 90, 20, 6)
    assert sent_png_sizes(app) == [(cols * 10, rows * 20), (cols * 12, rows * 24)]


@pytest.mark.parametrize("mode", ["kitty", "sixel"])
def test_a_picture_that_cannot_be_made_takes_no_id(tmp_path: Path, mode):
    data = io.BytesIO()
    PILImage.new("RGB", (120, 90), (0, 0, 200)).save(data, "JPEG")
    (tmp_path / "cut.jpg").write_bytes(data.getvalue()[:200])  # a truncated JPEG
    app = InlineApp()
    photos = Photos(app, mode)  # type: ignore[arg-type]
    photos.lines(Image("cut.jpg", 120, 90), tmp_path, 20, 6, Pane(), Style())
    assert len(app.notices) == 1 and "cut.jpg" in app.notices[0]
    assert photos._taken == set()
