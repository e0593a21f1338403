"""The app's photos: scaled pictures kept by key, decoded in workers, drawn as lines.

A pane asks for a photo at a size while it renders. A picture decoded already at that
size comes from the cache; any other is decoded in a thread worker, and the pane
gets a frame of the same size meanwhile and is told (`photo_ready`) when the
picture is there, so a key is never kept waiting and the text never moves. A photo
that cannot be shown stays a frame, and says why once, in one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from rich.style import Style
from textual.app import App

from reader.i18n import N_, _
from reader.model import Image
from reader.pictures import (
    LRU,
    PictureError,
    PictureKey,
    PictureMode,
    decode,
    fit,
    picture_key,
    picture_path,
)
from reader.ui.render.lines import PHOTO_LABEL
from reader.ui.render.picture import Lines, frame_lines, halfblock_lines

KEPT = 64
"""Pictures kept at a size (each a few thousand segments): a few pages' worth."""

NOT_SHOWN = N_("Photo not shown")
"""The title of the one-line notice for a photo that cannot be shown."""


class Asker(Protocol):
    """A pane that draws photos, told when one it asked for is decoded."""

    def photo_ready(self) -> None: ...


class Photos:
    """The scaled pictures of one app, in one drawing mode."""

    def __init__(self, app: App, mode: PictureMode) -> None:
        self.app = app
        self.mode = mode
        self._kept: LRU[PictureKey, Lines] = LRU(KEPT)
        self._waiting: dict[PictureKey, list[Asker]] = {}
        self._failed: dict[str, str] = {}  # path -> why, said once

    @property
    def shown(self) -> bool:
        return self.mode != "off"

    def lines(
        self,
        image: Image,
        folder: Path | None,
        max_cols: int,
        max_rows: int,
        asker: Asker,
        style: Style,
    ) -> Lines:
        """The photo at most max_cols x max_rows cells: its picture when decoded, else
        a frame of its size (and it is decoded, `asker` told when it is)."""
        cols, rows = fit(image.width, image.height, max_cols, max_rows)
        label = PHOTO_LABEL
        if image.width and image.height:
            label += f" {image.width}×{image.height}"
        path = picture_path(folder, image)
        if path is None:  # read in memory: no photo files
            return frame_lines(cols, rows, label, style)
        try:
            key = picture_key(path, cols, rows)
        except PictureError as e:
            self._fail(e)
            return frame_lines(cols, rows, f"{PHOTO_LABEL} ({_(NOT_SHOWN).lower()})", style)
        kept = self._kept.get(key)
        if kept is not None:
            return kept
        if key.path in self._failed:
            return frame_lines(cols, rows, f"{PHOTO_LABEL} ({_(NOT_SHOWN).lower()})", style)
        self._ask(key, asker)
        return frame_lines(cols, rows, label, style)

    def _ask(self, key: PictureKey, asker: Asker) -> None:
        waiting = self._waiting.get(key)
        if waiting is not None:
            if asker not in waiting:
                waiting.append(asker)
            return
        self._waiting[key] = [asker]
        self.app.run_worker(
            lambda: self._decode(key), thread=True, group="photos", exit_on_error=False
        )

    def _decode(self, key: PictureKey) -> None:
        # In the worker's thread: decode and draw, then hand over to the UI's.
        try:
            lines: Lines | PictureError = halfblock_lines(decode(key))
        except PictureError as e:
            lines = e
        self.app.call_from_thread(self._done, key, lines)

    def _done(self, key: PictureKey, lines: Lines | PictureError) -> None:
        askers = self._waiting.pop(key, [])
        if isinstance(lines, PictureError):
            self._fail(lines)
        else:
            self._kept.put(key, lines)
        for asker in askers:
            asker.photo_ready()

    def _fail(self, error: PictureError) -> None:
        where = error.path or ""
        if where in self._failed:
            return
        self._failed[where] = error.reason
        name = Path(where).name if where else ""
        message = f"{name}: {error.reason}" if name else error.reason
        self.app.notify(message, title=_(NOT_SHOWN), severity="warning", timeout=6, markup=False)
