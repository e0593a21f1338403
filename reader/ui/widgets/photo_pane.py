"""What a document pane needs to draw photos: where the edition's files are, how tall a
photo may be in the pane, and a new render when a photo it asked for is decoded."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from textual.widget import Widget

from reader.model import Image
from reader.ui.render import Palette, PhotoLines

if TYPE_CHECKING:
    from reader.ui.photos import Photos


class PhotoPane(Widget):
    """Mixed into DocumentView, before the scrolling widget it is."""

    _palette: Palette | None = None

    folder: Path | None = None
    """The folder of the edition file, where its photos are (None: read in memory)."""

    PHOTO_ROWS = (6, 30)
    """The least and most rows a photo takes; between, a third of the pane's height (the
    text around it stays in sight), or all but the room of its words of a photo shown alone."""

    placed_height: int | None = None
    """The pane's height while Textual places it: asked of Textual then, it would place
    every widget of the screen once more."""

    def photo_rows(self) -> int:
        least, most = self.PHOTO_ROWS
        height = self.placed_height
        if height is None:
            height = self.scrollable_content_region.height
        # A photo printed alone (a photo page's) has no text to keep in sight but its
        # caption (and headline): at a third of a small pane it was a thumbnail over blank rows.
        room = self.room_beside_photos()
        share = height // 3 if room is None else height - room
        return max(least, min(most, share))

    def room_beside_photos(self) -> int | None:
        """The rows a content of photos and their captions alone leaves to its words;
        None when it has text to keep in sight."""
        return None

    def has_photos(self) -> bool:
        """Whether the content has photos (drawn at a height that follows the pane's)."""
        raise NotImplementedError

    def photo_key(self) -> int:
        """What of the pane's height the render depends on: the photos' rows, if any."""
        return self.photo_rows() if self.has_photos() and self.photo_lines() else 0

    def _photos(self) -> Photos | None:
        return getattr(self.app, "photos", None)

    @contextmanager
    def redrawing_photos(self) -> Iterator[None]:
        """The pane draws its content again inside this: pictures of the old content it
        does not ask for again may leave the terminal (kitty mode)."""
        photos = self._photos()
        with photos.redrawing(self) if photos is not None else nullcontext():
            yield

    def on_unmount(self) -> None:
        photos = self._photos()
        if photos is not None:
            photos.let_go(self)

    def photo_lines(self) -> PhotoLines | None:
        """How the document draws its photos: pictures, unless the setting turns them off."""
        photos = self._photos()
        if photos is None or not photos.shown:
            return None
        rows, style = self.photo_rows(), self._palette.muted if self._palette else Style()
        folder = self.folder

        def lines(image: Image, width: int) -> list[list[Segment]]:
            cols, most = _no_larger(image, width, rows)
            return photos.lines(image, folder, cols, most, self, style)

        return lines

    def photo_ready(self) -> None:
        """A photo this pane asked for is decoded: draw again (the frame becomes it)."""
        self.content_changed()

    def content_changed(self) -> None:
        raise NotImplementedError


ZOOM = 2
"""A photo in a pane is drawn at most this many times its own size, as a terminal of
CELL_PIXELS shows pixels: a small news photo is not blown up to half the screen."""
CELL_PIXELS = (8, 16)


def _no_larger(image: Image, cols: int, rows: int) -> tuple[int, int]:
    """The most cells (cols, rows) a photo of the pane may take, its pixels considered."""
    if image.width <= 0 or image.height <= 0:
        return cols, rows
    most_cols = max(1, ZOOM * image.width // CELL_PIXELS[0])
    most_rows = max(1, ZOOM * image.height // CELL_PIXELS[1])
    return min(cols, most_cols), min(rows, most_rows)
