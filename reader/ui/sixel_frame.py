"""Where Sixel pictures are in a frame Textual writes to the terminal.

Sixel is drawn over the cells, not in them: Textual knows nothing of it, and a cell it
writes wipes the picture there. So a picture's cells are blank cells marked with the
picture and the row (reader.ui.render.picture.sixel_lines), and after each frame the
rows of pictures that frame wrote are drawn again, at the place the frame put them.
A row is drawn only whole: a row a pane's edge or something over it (a notice, a
menu) cut, or that a dialog's screen covers, stays blank.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.segment import Segment
from textual._compositor import ChopsUpdate, CompositorUpdate, LayoutUpdate
from textual.strip import Strip

from reader.ui.render.picture import SIXEL

Row = tuple[int, int, int, int]
"""A picture's row in a frame: picture, row, and the cell (x, y) it starts at."""


def written_rows(update: CompositorUpdate, widths: dict[int, int]) -> list[Row]:
    """The rows of pictures (by picture: its width in cells) a frame writes whole."""
    found: list[Row] = []
    if isinstance(update, LayoutUpdate):
        for y, line in enumerate(update.strips, update.region.y):
            found.extend(_marked(_segments(line, update.region.x), y, widths, None))
    elif isinstance(update, ChopsUpdate):
        spans: dict[int, list[tuple[int, int]]] = {}
        for y, x1, x2 in update.spans:
            spans.setdefault(y, []).append((x1, x2))
        for y, written in spans.items():
            for x, strip in update.chops[y].items():
                if strip is not None:
                    found.extend(_marked(_segments([strip], x), y, widths, written))
    return found


def _segments(strips: Iterable[Strip], x: int) -> Iterator[tuple[int, Segment]]:
    for strip in strips:
        for segment in strip:
            yield x, segment
            x += segment.cell_length


def _marked(
    segments: Iterator[tuple[int, Segment]],
    y: int,
    widths: dict[int, int],
    written: list[tuple[int, int]] | None,
) -> Iterator[Row]:
    """The whole marked rows in one line of the frame (within `written`, the spans the
    frame writes of it, if given)."""
    run: tuple[int, int] | None = None
    start = length = 0
    for x, segment in segments:
        style = segment.style
        mark = style.meta.get(SIXEL) if style is not None else None
        mark = tuple(mark) if mark is not None else None
        if mark is not None and mark == run and x == start + length:
            length += segment.cell_length
            continue
        if run is not None:
            yield from _whole(run, start, length, y, widths, written)
        run, start, length = mark, x, segment.cell_length
    if run is not None:
        yield from _whole(run, start, length, y, widths, written)


def _whole(
    run: tuple[int, int],
    start: int,
    length: int,
    y: int,
    widths: dict[int, int],
    written: list[tuple[int, int]] | None,
) -> Iterator[Row]:
    picture, row = run
    if widths.get(picture) != length:
        return  # cut, or a picture no longer kept
    if written is None or any(x1 < start + length and start < x2 for x1, x2 in written):
        yield picture, row, start, y
