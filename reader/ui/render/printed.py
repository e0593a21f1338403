"""An ad's printed lines in a cell of a table: each printed line a line where the cell is
wide enough; one wider wraps under a hanging indent, so that its continuation does not
read as the next printed line (a price list's terms, an address of three lines)."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text

HANG = "  "
"""The indent under a printed line that had to wrap."""


def widest_line(text: Text) -> int:
    """The cells of the widest printed line of `text`."""
    return max((line.cell_len for line in text.split("\n", allow_blank=True)), default=0)


def hung(console: Console, line: Text, width: int) -> list[Text]:
    """One printed line in `width` cells: itself where it fits; else its first line at the
    width and the rest under HANG."""
    if line.cell_len <= width or width <= len(HANG) + 1:
        return [line]
    first = line.wrap(console, width, overflow="fold")[0]
    rest = line[len(first.plain) :]
    rest = rest[len(rest.plain) - len(rest.plain.lstrip(" ")) :]
    out = [first]
    for wrapped in rest.wrap(console, width - len(HANG), overflow="fold"):
        indented = Text(HANG, end="\n")
        indented.append_text(wrapped)
        out.append(indented)
    return out


class Printed:
    """A table cell of printed lines, each kept a line or hung (above)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.text.split("\n", allow_blank=True):
            for part in hung(console, line, options.max_width):
                part.end = "\n"
                yield part
