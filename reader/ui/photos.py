"""The app's photos: scaled pictures kept by key, decoded in workers, drawn as lines.

A pane asks for a photo at a size while it renders. A picture decoded already at that
size comes from the cache; any other is decoded in a thread worker, and the pane
gets a frame of the same size meanwhile and is told (`photo_ready`) when the
picture is there, so a key is never kept waiting and the text never moves. A photo
that cannot be shown stays a frame, and says why once, in one line.

In kitty mode the worker also makes the PNG and the escape sequences that send it; the
UI's thread writes them to the terminal (out of band, through Textual's driver) before
the pane draws the picture's placeholder cells, and deletes the image from the terminal
when the cache lets the picture go and no pane still draws it (a pane holds the
pictures it was given until it draws other content: see `redrawing`).

In Sixel mode the worker makes one Sixel image a row of the picture's cells; the panes
draw blank cells marked with the picture, and after each frame Textual writes, the
rows of pictures it wrote are drawn over them at their place (reader.ui.sixel_frame).
"""

from __future__ import annotations

import os
import random
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

import msgspec
from rich.style import Style
from textual._compositor import CompositorUpdate
from textual.app import App

from reader import kitty
from reader.i18n import N_, _
from reader.model import Image
from reader.multiplexer import in_tmux
from reader.pictures import (
    LRU,
    PictureError,
    PictureKey,
    PictureMode,
    decode,
    fit,
    photo_label,
    photo_name,
    picture_key,
    picture_path,
    png,
    sixel_rows,
)
from reader.ui.render.picture import (
    Lines,
    frame_lines,
    halfblock_lines,
    kitty_lines,
    sixel_lines,
)
from reader.ui.sixel_frame import written_rows

KEPT = 64
"""Pictures kept at a size: a few pages' worth (a half-block picture is a few thousand
segments; in Sixel mode the picture's rows are kept too, docs/sixel.md)."""

NOT_SHOWN = N_("Photo not shown")
"""The title of the one-line notice for a photo that cannot be shown."""


class Sent(msgspec.Struct, frozen=True):
    """A picture for the terminal: its id, what sends it (kitty), its cells, and the
    Sixel image of each of its rows (sixel)."""

    image_id: int
    sequence: str
    lines: Lines
    rows: tuple[str, ...] = ()


class Asker(Protocol):
    """A pane that draws photos, told when one it asked for is decoded."""

    def photo_ready(self) -> None: ...


class Photos:
    """The scaled pictures of one app, in one drawing mode."""

    def __init__(self, app: App, mode: PictureMode) -> None:
        self.app = app
        self.mode = mode
        self._kept: LRU[PictureKey, Lines] = LRU(KEPT, dropped=self._dropped)
        self._waiting: dict[PictureKey, list[Asker]] = {}
        self._failed: dict[str, str] = {}  # path -> why, said once
        # Kitty mode: the terminal's image of each kept picture. Ids are global to the
        # terminal's window, so they are drawn at random: two readers in one seldom
        # meet, and a cell whose colour a screen over it tinted a little is unlikely
        # to name another picture of ours (consecutive ids would be a shade apart).
        self._sent: dict[PictureKey, int] = {}
        # A picture the cache let go while a pane still draws its cells stays in the
        # terminal (deleted, it would leave the pane a blank frame) until none does.
        self._held: dict[Asker, set[PictureKey]] = {}
        self._redrawing: dict[Asker, set[PictureKey]] = {}  # held until the redraw ends
        self._retired: dict[PictureKey, Sent] = {}
        self._taken: set[int] = set()
        self._ids_lock = threading.Lock()  # ids are drawn in the workers
        self._tmux = in_tmux(os.environ)
        # Sixel mode: each picture's rows, and its width in cells, by its id.
        self._sixels: dict[int, tuple[str, ...]] = {}
        self._widths: dict[int, int] = {}

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
        if self.mode == "kitty":  # the diacritics number so many rows and columns
            max_cols, max_rows = min(max_cols, kitty.MAX_CELLS), min(max_rows, kitty.MAX_CELLS)
        cols, rows = fit(image.width, image.height, max_cols, max_rows)
        label = photo_name(image)
        path = picture_path(folder, image)
        if path is None:  # read in memory: no photo files
            return frame_lines(cols, rows, label, style)
        # Pixels are drawn at the cell's size: a font zoom makes another picture.
        cell = kitty.cell_pixels(_terminal_fd()) if self.mode in ("kitty", "sixel") else (0, 0)
        try:
            key = picture_key(path, cols, rows, cell)
        except PictureError as e:
            self._fail(e)
            return frame_lines(cols, rows, f"{photo_label()} ({_(NOT_SHOWN).lower()})", style)
        kept = self._kept.get(key)
        if kept is None and key in self._retired:  # still in the terminal: kept again
            kept = self._revive(key)
        if kept is not None:
            if self.mode in ("kitty", "sixel"):
                self._held.setdefault(asker, set()).add(key)
            return kept
        if key.path in self._failed:
            return frame_lines(cols, rows, f"{photo_label()} ({_(NOT_SHOWN).lower()})", style)
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
        result: Lines | Sent | PictureError
        try:
            if self.mode == "kitty":
                result = self._encode(key)
            elif self.mode == "sixel":
                rows = tuple(sixel_rows(key, key.cell))
                image_id = self._new_id()  # once the picture is made: a failure takes none
                result = Sent(image_id, "", sixel_lines(image_id, key.cols, key.rows), rows)
            else:
                result = halfblock_lines(decode(key))
        except PictureError as e:
            result = e
        self.app.call_from_thread(self._done, key, result)

    def _encode(self, key: PictureKey) -> Sent:
        data = png(key, key.cell)
        image_id = self._new_id()
        sequence = kitty.transmit(image_id, data, key.cols, key.rows, self._tmux)
        return Sent(image_id, sequence, kitty_lines(image_id, key.cols, key.rows))

    def _new_id(self) -> int:
        with self._ids_lock:
            image_id = random.randrange(1, kitty.MAX_ID + 1)
            while image_id in self._taken:
                image_id = random.randrange(1, kitty.MAX_ID + 1)
            self._taken.add(image_id)
        return image_id

    def _done(self, key: PictureKey, result: Lines | Sent | PictureError) -> None:
        askers = self._waiting.pop(key, [])
        if isinstance(result, PictureError):
            self._fail(result)
        elif isinstance(result, Sent):
            # Sent before its cells are drawn: they ask for this pane to be drawn again.
            if result.sequence:
                self._write(result.sequence)
            if result.rows:
                self._sixels[result.image_id] = result.rows
                self._widths[result.image_id] = key.cols
            if key in self._sent:  # sent again (asked for again meanwhile): one kept
                self._forget(self._sent[key])
            self._sent[key] = result.image_id
            self._kept.put(key, result.lines)
        else:
            self._kept.put(key, result)
        for asker in askers:
            asker.photo_ready()

    def _dropped(self, key: PictureKey, lines: Lines) -> None:
        image_id = self._sent.pop(key, None)
        if image_id is None:
            return
        if self._in_use(key):
            self._retired[key] = Sent(image_id, "", lines)
        else:
            self._forget(image_id)

    def _revive(self, key: PictureKey) -> Lines:
        sent = self._retired.pop(key)
        self._sent[key] = sent.image_id
        self._kept.put(key, sent.lines)
        return sent.lines

    @contextmanager
    def redrawing(self, asker: Asker) -> Iterator[None]:
        """`asker` draws its content again inside this: the pictures it held before and
        does not ask for again are let go (deleted from the terminal if the cache let
        them go already)."""
        before = self._held.pop(asker, set())
        # Still on the screen while it draws: asking for one may make the cache let
        # go of another, which must not leave the terminal.
        self._redrawing[asker] = before
        try:
            yield
        finally:
            del self._redrawing[asker]
            self._let_go(before - self._held.get(asker, set()))

    def let_go(self, asker: Asker) -> None:
        """`asker` draws no pictures any more (it is removed)."""
        self._let_go(self._held.pop(asker, set()))

    def _let_go(self, keys: set[PictureKey]) -> None:
        for key in keys:
            if key in self._retired and not self._in_use(key):
                self._forget(self._retired.pop(key).image_id)

    def _in_use(self, key: PictureKey) -> bool:
        """A pane draws the picture, or did before the redraw it is in."""
        return any(key in keys for keys in (*self._held.values(), *self._redrawing.values()))

    def close(self) -> None:
        """The app ends: the terminal forgets the pictures it was sent."""
        for image_id in [*self._sent.values(), *(s.image_id for s in self._retired.values())]:
            self._forget(image_id)
        self._sent.clear()
        self._retired.clear()

    def _forget(self, image_id: int) -> None:
        if self.mode == "kitty":
            self._write(kitty.delete(image_id, self._tmux))
        self._sixels.pop(image_id, None)
        self._widths.pop(image_id, None)
        with self._ids_lock:
            self._taken.discard(image_id)

    def drawn(self, update: CompositorUpdate) -> None:
        """Textual wrote a frame (`update`): draw the Sixel rows it wrote over again, in
        place, the cursor kept. The screen's last line is left blank: a picture there
        would make the terminal scroll."""
        if not self._sixels:
            return
        bottom = self.app.size.height - 1
        out = [
            f"\x1b[{y + 1};{x + 1}H" + self._sixels[image_id][row]
            for image_id, row, x, y in written_rows(update, self._widths)
            if y < bottom
        ]
        if out:
            self._write("\x1b7" + "".join(out) + "\x1b8")

    def _write(self, sequence: str) -> None:
        # Textual has no public way to write raw output; its driver's write is what
        # it uses itself (the clipboard, the bell), in order with the screen's updates.
        driver = self.app._driver
        if driver is not None:
            driver.write(sequence)

    def _fail(self, error: PictureError) -> None:
        where = error.path or ""
        if where in self._failed:
            return
        self._failed[where] = error.reason
        name = Path(where).name if where else ""
        message = f"{name}: {error.reason}" if name else error.reason
        self.app.notify(message, title=_(NOT_SHOWN), severity="warning", timeout=6)


def _terminal_fd() -> int:
    """The terminal's file descriptor: stderr, where Textual draws (-1 when none)."""
    out = sys.__stderr__
    try:
        return out.fileno() if out is not None else -1
    except (OSError, ValueError):
        return -1
