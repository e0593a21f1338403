"""What a terminal shows of the bytes the app writes: a driver that keeps them, and a small
screen model that replays them the way terminals (and tmux) treat wide characters.

Headless, Textual writes nothing, so a test that reads the compositor never sees a partial
update that damages the screen. Here the app runs headless but its frames are written to a
`Written` list, and `TerminalScreen` replays them: cursor moves, SGR and other controls
ignored, each character as wide as Rich's `cell_len` says, and a character written over
either half of a wide one blanks both halves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from rich.cells import cell_len
from textual._context import visible_screen_stack
from textual.app import App
from textual.drivers import headless_driver

RIGHT_HALF = ""
"""The cell a wide character's right half takes (it shows nothing of its own)."""

# A control sequence (CSI), an operating-system command (OSC, e.g. a link) or a two-byte
# escape, else one printable character.
_TOKEN = re.compile(
    r"\x1b\[(?P<params>[0-9;?<=>]*)[ -/]*(?P<final>[@-~])"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
    r"|\x1b[P^_][^\x1b]*\x1b\\"
    r"|\x1b."
    r"|(?P<char>[\s\S])",
)


class TerminalScreen:
    """The cells of a terminal, written to by `feed`."""

    def __init__(self, width: int, height: int) -> None:
        self.width = width
        self.height = height
        self.cells = [[" "] * width for _ in range(height)]
        self.x = 0
        self.y = 0

    def feed(self, data: str) -> None:
        for token in _TOKEN.finditer(data):
            char = token.group("char")
            if char is not None:
                self._put(char)
            elif token.group("final") == "H":
                row, _, column = token.group("params").partition(";")
                self.y = min(max(int(row or 1), 1), self.height) - 1
                self.x = min(max(int(column or 1), 1), self.width) - 1

    def lines(self) -> list[str]:
        return ["".join(row) for row in self.cells]

    def _put(self, char: str) -> None:
        if char == "\r":
            self.x = 0
        elif char == "\n":
            self.y = min(self.y + 1, self.height - 1)
        elif char in "\x07\x08\t" or char < " ":
            pass
        else:
            width = cell_len(char)
            row = self.cells[self.y]
            if width == 0:  # a combining mark joins the character before it
                if self.x:
                    row[self.x - 1] += char
                return
            for x in range(self.x, min(self.x + width, self.width)):
                self._blank_wide_at(row, x)
            row[self.x] = char
            if width == 2 and self.x + 1 < self.width:
                row[self.x + 1] = RIGHT_HALF
            self.x = min(self.x + width, self.width - 1)

    def _blank_wide_at(self, row: list[str], x: int) -> None:
        # Writing over either half of a wide character erases all of it.
        if row[x] == RIGHT_HALF and x:
            row[x - 1] = " "
        elif x + 1 < self.width and row[x + 1] == RIGHT_HALF:
            row[x + 1] = " "
        row[x] = " "


class Written(list[str]):
    """Everything the app wrote to its terminal, in order."""


@contextmanager
def recorded_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[Written]:
    """Apps run by `run_test` inside this write their frames to the list it gives."""
    written = Written()

    class RecordingDriver(headless_driver.HeadlessDriver):
        @property
        def is_headless(self) -> bool:
            return False  # so that the app renders each frame to the terminal

        def write(self, data: str) -> None:
            written.append(data)

    with monkeypatch.context() as patch:
        patch.setattr(headless_driver, "HeadlessDriver", RecordingDriver)
        yield written


def replayed(written: Written, size: tuple[int, int]) -> list[str]:
    """The screen a terminal of `size` shows after the bytes written."""
    screen = TerminalScreen(*size)
    screen.feed("".join(written))
    return screen.lines()


def composed(app: App[Any]) -> list[str]:
    """The compositor's full render of the current screen, as the same cells."""
    screen = TerminalScreen(*app.size)
    token = visible_screen_stack.set(app._background_screens)
    try:
        strips = app.screen._compositor.render_strips()
    finally:
        visible_screen_stack.reset(token)
    for y, strip in enumerate(strips):
        screen.x, screen.y = 0, y
        for segment in strip:
            if not segment.control:
                for char in segment.text:
                    screen._put(char)
    return screen.lines()
