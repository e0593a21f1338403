"""A board drawn in ruled lines (a 바둑 or 장기 column's diagram, a puzzle's grid): six
lines or more each way round square cells, type (the moves' numbers on their stones, a
crossword's clue numbers) in under half of them. It is a drawing, not a table (a table's
ruled cells hold its text, most of them filled): read as a chart is, its numbers in rows
from the top and the diagram's name set under it ('실전보(1∼5)') one caption of the story
where it stands. A crossword's grid is drawn as square boxes edge to edge (`lattice`):
their sides are the board's rules, the boxes no frames (each would be an ad)."""

from __future__ import annotations

from bisect import bisect_right
from statistics import median

from reader.pdf.blocks import Block
from reader.pdf.charts import label_rows
from reader.pdf.content import Box, Graphic, union
from reader.pdf.lines import Line
from reader.pdf.paragraphs import NUMBERED
from reader.pdf.parts import SMALLER, Atom
from reader.pdf.tables import cluster

_LINES = 6  # ruled lines each way, at the least: a board, not a table of five columns
_SQUARE = 0.2  # its cells' width and height this near each other
_FILLED = 0.4  # of its cells at most hold type (a crossword numbers a third)
_UNDER = 2.5  # sizes: the diagram's name this near under the board
_EDGE = 0.1  # of a box's side: boxes edge to edge step by their side, strokes shared


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
    keyed = [x for x in lines if NUMBERED.match(x.text)]
    name = [
        x
        for x in lines
        if x.size < SMALLER * size
        and 0 <= x.top - ys[-1] <= _UNDER * x.size
        and xs[0] <= (x.x0 + x.x1) / 2 <= xs[-1]
        and not _heads(x, keyed)
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


def _heads(x: Line, keyed: list[Line]) -> bool:
    """Does x head numbered entries right under it (a crossword's '가로 열쇠' over '1. …')?
    A list's head is no name of the board."""
    return any(0 <= k.top - x.bottom <= x.size and k.x0 < x.x1 and x.x0 < k.x1 for k in keyed)


def lattice(graphics: list[Graphic], lines: list[Line]) -> tuple[set[int], list[Box]]:
    """The boxes (ids) drawn square and edge to edge that tile a rectangle of six lines
    or more each way (a crossword's grid, its black cells filled), type in few of them,
    and their sides as rules; none when no such tiling is drawn (a calendar's boxes, a
    date in each, stay boxes)."""
    boxes = [g for g in graphics if g.kind in ("frame", "shade") and _square(g.box)]
    if len(boxes) < (_LINES - 1) ** 2:
        return set(), []
    side = median(g.box[2] - g.box[0] for g in boxes)
    cells = [g for g in boxes if abs(g.box[2] - g.box[0] - side) <= 1]
    xs = cluster([g.box[0] for g in cells], 1)
    ys = cluster([g.box[1] for g in cells], 1)
    steps = [b - a for v in (xs, ys) for a, b in zip(v, v[1:], strict=False)]
    whole = len({(_at(xs, g.box[0]), _at(ys, g.box[1])) for g in cells}) == len(xs) * len(ys)
    if len(xs) < _LINES - 1 or len(ys) < _LINES - 1 or not whole:
        return set(), []
    if any(abs(step - side) > _EDGE * side for step in steps):
        return set(), []  # boxes apart, or overlapping: no lattice
    x1, y1 = max(g.box[2] for g in cells), max(g.box[3] for g in cells)
    typed = sum(_within(x, xs[0], ys[0], x1, y1) for x in lines)
    if typed > _FILLED * len(cells):
        return set(), []
    rules = [
        r
        for g in cells
        for r in (
            (g.box[0], g.box[1], g.box[2], g.box[1]),
            (g.box[0], g.box[3], g.box[2], g.box[3]),
            (g.box[0], g.box[1], g.box[0], g.box[3]),
            (g.box[2], g.box[1], g.box[2], g.box[3]),
        )
    ]
    return {id(g) for g in cells}, rules


def _square(box: Box) -> bool:
    w, h = box[2] - box[0], box[3] - box[1]
    return w > 2 and abs(w - h) <= _SQUARE * max(w, h)


def _at(values: list[float], v: float) -> int:
    """The cluster (cluster(values, 1)) v falls in: the last whose first value is v's or
    less."""
    return bisect_right(values, v) - 1
