"""A line of parts between ` · ` (a paper · its date · its count), broken between two
parts where it would not fit, never inside one: 'unread' and its count, a date and its
time, stay on one line. The line break takes the separator's place: a ` ·` left at a
line's end reads as a part gone missing."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, RenderResult
from rich.text import Text

DOT = " · "


def at_dots(text: Text, width: int) -> Text:
    """The text with a line break, in place of the separator, before each part that would
    not fit on its line; a part wider than a line is left to wrap."""
    out = Text(end=text.end)
    for n, line in enumerate(text.split("\n", allow_blank=True)):
        if n:
            out.append("\n")
        room = width
        for part in line.split(DOT, include_separator=True):
            wide = part.cell_len - (len(DOT) if part.plain.endswith(DOT) else 0)
            if wide > room and room < width:
                if out.plain.endswith(DOT):
                    out.right_crop(len(DOT))
                out.append("\n")
                room = width
            out.append_text(part)
            room -= part.cell_len
    return out


@dataclass(frozen=True)
class Dotted:
    """A text that breaks between its parts, at the width it is drawn at."""

    text: Text

    def __str__(self) -> str:
        return self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from at_dots(self.text, options.max_width).split("\n")
