"""A board drawn in ruled lines (a 바둑 or 장기 column's diagram, a puzzle's grid): six
lines or more each way round square cells, type (the moves' numbers on their stones) in
few of them. It is a drawing, not a table (a table's ruled cells hold its text, most of
them filled): read as a chart is, its numbers in rows from the top and the diagram's name
set under it ('실전보(1∼5)') one caption of the story where it stands."""

from __future__ import annotations

from statistics import median

from reader.pdf.blocks import Block
from reader.pdf.charts import label_rows
from reader.pdf.content import Box, union
from reader.pdf.lines import Line
from reader.pdf.parts import SMALLER, Atom
from reader.pdf.tables import cluster

_LINES = 6  # ruled lines each way, at the least: a board, not a table of five columns
_SQUARE = 0.2  # its cells' width and height this near each other
_FILLED = 0.25  # of its cells at most hold type
_UNDER = 2.5  # sizes: the diagram's name this near under the board


def board_figures(atoms: list[Atom], rules: list[Box], size: float) -> list[Atom]:
    """The atoms with a board the rules draw made a figure (size: the body's): its type
    and the small line right under it taken out of their blocks into its caption."""
    grid = _grid(rules)
    if grid is None:
        return atoms
    xs, ys = grid
    lines = [x for a in atoms if a.block is not None for x in a.block.lines]
    on = [x for x in lines if _within(x, xs[0], ys[0], xs[-1], ys[-1])]
    if not on or len(on) > _FILLED * (len(xs) - 1) * (len(ys) - 1):
        return atoms
    name = [
        x
        for x in lines
        if x.size < SMALLER * size
        and 0 <= x.top - ys[-1] <= _UNDER * x.size
        and xs[0] <= (x.x0 + x.x1) / 2 <= xs[-1]
    ]
    taken = {id(x) for x in on + name}
    rest = []
    for a in atoms:
        if a.block is None:
            rest.append(a)
        elif keep := [x for x in a.block.lines if id(x) not in taken]:
            b = Block(keep) if len(keep) < len(a.block.lines) else a.block
            rest.append(Atom("block", b.box, block=b))
    area = union([(xs[0], ys[0], xs[-1], ys[-1]), *(x.box for x in name)])
    return [*rest, Atom("figure", area, captions=[Block(label_rows(on + name))])]


def _grid(rules: list[Box]) -> tuple[list[float], list[float]] | None:
    """The crossings' columns and rows of a grid of square cells the rules draw."""
    xs = cluster([(r[0] + r[2]) / 2 for r in rules if r[2] - r[0] <= 2.5 and r[3] - r[1] > 5], 2)
    ys = cluster([(r[1] + r[3]) / 2 for r in rules if r[3] - r[1] <= 2.5 and r[2] - r[0] > 5], 2)
    if len(xs) < _LINES or len(ys) < _LINES:
        return None
    dx = median(b - a for a, b in zip(xs, xs[1:], strict=False))
    dy = median(b - a for a, b in zip(ys, ys[1:], strict=False))
    return (xs, ys) if abs(dx - dy) <= _SQUARE * max(dx, dy) else None


def _within(x: Line, x0: float, y0: float, x1: float, y1: float) -> bool:
    return x0 <= (x.x0 + x.x1) / 2 <= x1 and y0 <= (x.top + x.bottom) / 2 <= y1
