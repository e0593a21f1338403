"""Photos as lines: half-block cells from a scaled picture, Kitty's placeholder cells for
a picture sent to the terminal, blank cells marked for a Sixel picture drawn over them,
or a frame of the same size while it is decoded (or when it cannot be shown), so the
text below never moves."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.color import Color
from rich.color_triplet import ColorTriplet
from rich.segment import Segment
from rich.style import Style

from reader.kitty import image_colour, placeholder_row
from reader.pictures import Cells
from reader.printable import reach_on

UPPER_HALF = "▀"

Lines = list[list[Segment]]


def halfblock_lines(cells: Cells) -> Lines:
    """Each cell an upper half block: its colour the upper pixel, its background the
    lower one. Runs of equal cells share a segment, and equal colours one Style."""
    styles: dict[tuple[int, ...], Style] = {}
    out: Lines = []
    cols = cells.cols
    data = cells.pixels
    row_bytes = 3 * cols
    for row in range(cells.rows):
        top = 2 * row * row_bytes
        bottom = top + row_bytes
        line: list[Segment] = []
        run_key: tuple[int, ...] | None = None
        run = 0
        for x in range(cols):
            at = 3 * x
            key = (*data[top + at : top + at + 3], *data[bottom + at : bottom + at + 3])
            if key == run_key:
                run += 1
                continue
            if run_key is not None:
                line.append(Segment(UPPER_HALF * run, styles[run_key]))
            run_key, run = key, 1
            if key not in styles:
                # from_color: no parsing, a few times faster than Style(color=...).
                styles[key] = Style.from_color(
                    Color.from_triplet(ColorTriplet(key[0], key[1], key[2])),
                    Color.from_triplet(ColorTriplet(key[3], key[4], key[5])),
                )
        if run_key is not None:
            line.append(Segment(UPPER_HALF * run, styles[run_key]))
        out.append(line)
    return out


def kitty_lines(image_id: int, cols: int, rows: int) -> Lines:
    """The placeholder cells of a picture sent as `image_id`, a row a line: their
    colour names the image (24 bits), their diacritics the row and column."""
    style = Style.from_color(Color.from_triplet(ColorTriplet(*image_colour(image_id))))
    return [[Segment(placeholder_row(row, cols), style)] for row in range(rows)]


SIXEL = "sixel"
"""The key of the style meta that marks a Sixel picture's cells: (picture, row)."""


def sixel_lines(picture: int, cols: int, rows: int) -> Lines:
    """The cells a Sixel picture is drawn over, a row a line: blank, each row marked
    with the picture and the row in its style's meta, which Textual keeps with the
    cells wherever it lays them out, so the frame it writes says where each row is."""
    return [[Segment(" " * cols, Style(meta={SIXEL: (picture, row)}))] for row in range(rows)]


def frame_lines(cols: int, rows: int, label: str, style: Style) -> Lines:
    """A dim frame of cols x rows cells with a label in its middle (cut to fit)."""
    cols, rows = max(2, cols), max(1, rows)
    if rows == 1:
        return [[Segment(set_cell_size(f"[{label}]", cols), style)]]
    inner = cols - 2
    top = "┌" + "─" * inner + "┐"
    if rows == 2:  # no room inside: the label on the top edge
        top = "┌" + set_cell_size(label, inner).replace(" ", "─") + "┐"
    out: Lines = [[Segment(top, style)]]
    middle = (rows - 1) // 2
    for row in range(1, rows - 1):
        text = label[: reach_on(label, 0, inner)].rstrip() if row == middle else ""
        pad = inner - cell_len(text)
        left = pad // 2
        out.append([Segment("│" + " " * left + text + " " * (pad - left) + "│", style)])
    out.append([Segment("└" + "─" * inner + "┘", style)])
    return out
