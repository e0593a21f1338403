"""The masthead line: paper, date with weekday, lunar date, edition and issue; on an
edition older than another of its paper on the shelf, the key to the newer one."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from reader.model import Masthead
from reader.ui.render.masthead import masthead_line


class MastheadBar(Widget):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._masthead: Masthead | None = None
        self._title = ""  # the shelf's name for the edition: paper and date, file name
        self._note = ""
        self._file_name = ""  # for a masthead naming no paper: the file it was ingested from

    def show(self, masthead: Masthead | None, title: str, note: str = "", name: str = "") -> None:
        """The edition's masthead, its shelf title (for a masthead without a date), the
        note at the line's end, and the name for a masthead that names no paper."""
        if (masthead, title, note, name) != (
            self._masthead,
            self._title,
            self._note,
            self._file_name,
        ):
            self._masthead, self._title, self._note, self._file_name = masthead, title, note, name
            self.refresh()

    def render(self) -> Text:
        return masthead_line(
            self._masthead, self._title, self._note, self.size.width, self._file_name
        )
