"""Figures in large type: an infographic of numbers ('124만 명', '38%', '2.1일'), each set
in display type over its label in small type, three or more stacked in one column or set
in one row, its source line under them. Read piece by piece, each figure was a headline
and its label a story's text; a reader reads them as one figure of the story, as a chart
(charts.py): one caption, its rows from the top, the source line its credit."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from reader.pdf.blocks import Block
from reader.pdf.charts import SOURCE, chart_labels, label_rows
from reader.pdf.content import union
from reader.pdf.lines import Line
from reader.pdf.parts import SMALLER, Atom

_DISPLAY = 1.6  # body sizes: a figure's type is no smaller
_SHORT = 8  # characters: a figure with its unit ('18만원'), no headline
_UNDER = 0.8  # figure sizes: its label's top is this near under its foot
_MANY = 3  # figures in a group: two are a headline's numbers as often
_REACH = 6.0  # body sizes: a chart's labels stand no further beside it (charts._SIDE, grown)


def big_numbers(blocks: list[Block], size: float) -> tuple[list[Atom], list[Block]]:
    """The groups of figures over their labels among the blocks (size: the body's), each
    an atom whose captions are its rows and its source row; and the blocks left."""
    small = [x for b in blocks if b.size < SMALLER * size for x in b.lines]
    by_top = sorted(small, key=attrgetter("top"))
    tops = [x.top for x in by_top]
    by_start = sorted(small, key=attrgetter("x0"))
    starts = [x.x0 for x in by_start]
    widest = max((x.x1 - x.x0 for x in small), default=0.0)
    pairs: list[tuple[Line, Line]] = []
    for b in blocks:
        for x in b.lines:
            if not _figure(x, size):
                continue
            # the fewer of the lines whose tops lie under it and those starting over its
            # span (bisection: a row of small type at one height, or a column of it)
            i, j = bisect_left(tops, x.bottom - 1), bisect_right(tops, x.bottom + _UNDER * x.size)
            k, m = bisect_left(starts, x.x0 - widest), bisect_right(starts, x.x1)
            near = by_top[i:j] if j - i <= m - k else by_start[k:m]
            label = next((y for y in near if _under(x, y)), None)
            if label is not None:
                pairs.append((x, label))
    atoms: list[Atom] = []
    taken: set[int] = set()
    for group in _groups(pairs):
        area = union([x.box for pair in group for x in pair])
        lines = [x for pair in group for x in pair]
        ids = {id(x) for x in lines}
        # its title and source line: the small type near it, as a chart's, asked of the
        # lines starting within its reach across (bisection: figures side by side)
        k, m = (
            bisect_left(starts, area[0] - _REACH * size),
            bisect_right(starts, area[2] + _REACH * size),
        )
        lines += [y for y in chart_labels(area, by_start[k:m], size) if id(y) not in ids]
        taken |= {id(x) for x in lines}
        rows = label_rows(lines)
        captions = (
            [Block(rows[:-1]), Block(rows[-1:])]
            if len(rows) > 1 and SOURCE.match(rows[-1].text)
            else [Block(rows)]
        )
        atoms.append(Atom("figure", union([x.box for x in lines]), captions=captions))
    if not taken:
        return [], blocks
    left = [Block(keep) for b in blocks if (keep := [x for x in b.lines if id(x) not in taken])]
    return atoms, left


def _under(x: Line, y: Line) -> bool:
    """Is y set right under x, across its span?"""
    return x.bottom - 1 <= y.top <= x.bottom + _UNDER * x.size and y.x0 < x.x1 and y.x1 > x.x0


def _figure(x: Line, size: float) -> bool:
    """A line in display type that is a number with its unit: it opens with a digit, is
    short, and half its characters or more are digits."""
    chars = "".join(x.text.split())
    digits = sum(ch.isdigit() or ch in ".," for ch in chars)
    return (
        x.size >= _DISPLAY * size
        and 0 < len(chars) <= _SHORT
        and chars[0].isdigit()
        and 2 * digits >= len(chars)
    )


def _groups(pairs: list[tuple[Line, Line]]) -> list[list[tuple[Line, Line]]]:
    """The figures that stand in one column (their spans overlap, taken in order of their
    left edges) or in one row (one baseline), _MANY or more of them."""
    out: list[list[tuple[Line, Line]]] = []
    used: set[int] = set()
    column: list[tuple[Line, Line]] = []
    for pair in sorted(pairs, key=lambda p: p[0].x0):
        if column and pair[0].x0 >= max(p[0].x1 for p in column):
            out += [column] if len(column) >= _MANY else []
            column = []
        column.append(pair)
    out += [column] if len(column) >= _MANY else []
    used = {id(p[0]) for g in out for p in g}
    row: list[tuple[Line, Line]] = []
    for pair in sorted((p for p in pairs if id(p[0]) not in used), key=lambda p: p[0].base):
        if row and abs(pair[0].base - row[0][0].base) > 0.3 * pair[0].size:
            out += [row] if len(row) >= _MANY else []
            row = []
        row.append(pair)
    out += [row] if len(row) >= _MANY else []
    return out
