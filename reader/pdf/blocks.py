"""Printed lines -> blocks: a stack of lines in one style, in one column, without a gap.

A block is a column's run of body text, a headline, a caption, a cell of a table.
Lines join the block above them when they are set in the same font and size, sit
at a line's pitch below it, overlap it horizontally and no rule or frame edge lies
between. Pitch and gaps are measured in font sizes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import TypeVar

from reader.pdf.content import Box, overlap
from reader.pdf.lines import Line, down_a_column, merge_lines

_PITCH = 2.25  # the widest baseline-to-baseline distance inside a block, in sizes
_SAME_SIZE = 0.06  # relative size difference inside a block
_SAME_BASE = 0.3
_WORD_GAP = 2.5  # sizes: the widest gap a justified line's words stand apart (a wider one
# parts a table's cells: a weather box's cities under its forecast's full lines)
T = TypeVar("T", str, float)


class Block:
    """Lines stacked in one style; its box grows with them."""

    __slots__ = ("lines", "x0", "top", "x1", "bottom", "_style")

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.x0 = min(x.x0 for x in lines)
        self.top = min(x.top for x in lines)
        self.x1 = max(x.x1 for x in lines)
        self.bottom = max(x.bottom for x in lines)
        self._style: tuple[float, str] | None = None  # size and font, found when asked

    def add(self, line: Line) -> None:
        self.lines.append(line)
        self._grow(line)

    def replace_last(self, line: Line) -> None:
        self.lines[-1] = line
        self._grow(line)

    def replace_first(self, line: Line) -> None:
        self.lines[0] = line
        self._grow(line)

    def _grow(self, line: Line) -> None:
        # min() and max() spelt out: this runs for every line of a page.
        if line.x0 < self.x0:
            self.x0 = line.x0
        if line.top < self.top:
            self.top = line.top
        if line.x1 > self.x1:
            self.x1 = line.x1
        if line.bottom > self.bottom:
            self.bottom = line.bottom
        self._style = None

    @property
    def box(self) -> Box:
        return (self.x0, self.top, self.x1, self.bottom)

    def _found(self) -> tuple[float, str]:
        if self._style is None:
            lines = self.lines
            if len(lines) < 3:
                self._style = (lines[0].size, lines[0].font)
            else:
                self._style = (_mode([x.size for x in lines]), _mode([x.font for x in lines]))
        return self._style

    @property
    def size(self) -> float:
        return self._found()[0]

    @property
    def font(self) -> str:
        return self._found()[1]

    @property
    def chars(self) -> int:
        return sum(x.chars for x in self.lines)

    @property
    def text(self) -> str:
        return "\n".join(x.text for x in self.lines)


def _mode(values: list[T]) -> T:
    return Counter(values).most_common(1)[0][0]


def make_blocks(
    lines: list[Line], walls: list[Box], pictures: list[Box] | None = None
) -> list[Block]:
    """Lines (top to bottom) into blocks; walls are horizontal edges text never crosses,
    and so are a picture's top and foot, but for a line beside it (`_Edges.between`)."""
    blocks: list[Block] = []
    active: list[Block] = []
    edges = _Edges(walls, pictures or [])
    for i, line in enumerate(lines):
        # A block stays open while a line of its own size could still follow it (smaller
        # type further down another column must not close a headline's block). Each
        # line checks every open block: max() spelt out, as in Block._grow.
        base, size, x0, x1 = line.base, line.size, line.x0, line.x1
        # a line set down a column (vertical.py) has its last glyph's base, far below its
        # top: it closes no block beside it (a headline's second line is still to come)
        down = down_a_column(line)
        open_: list[Block] = []
        best: Block | None = None
        best_overlap = 0.0
        for b in active:
            last = b.lines[-1]
            last_size = last.size
            far = base - last.base > _PITCH * (last_size if last_size > size else size) + 1
            if far and not down:
                continue
            open_.append(b)
            if far:  # kept open by a line set down, which it does not take
                continue
            if x1 < b.x0 or x0 > b.x1:  # another column: the common case
                continue
            ov = _fits(b, line, edges, lines, i)
            if ov > best_overlap:
                best, best_overlap = b, ov
        active = open_
        if best is None:
            best = Block([line])
            blocks.append(best)
            active.append(best)
            continue
        last = best.lines[-1]
        if abs(base - last.base) <= _SAME_BASE * size:
            best.replace_last(merge_lines(last, line) if last.x0 <= x0 else merge_lines(line, last))
        else:
            best.add(line)
    return _merge_split_first_lines(blocks)


def _similar(a: Line, b: Line) -> bool:
    return a.font == b.font and abs(a.size - b.size) <= _SAME_SIZE * max(a.size, b.size)


class _Edges:
    """Horizontal edges by the height of their middle, for finding those between two
    heights without trying every one (a page has dozens, and every line asks)."""

    def __init__(self, walls: list[Box], pictures: list[Box]):
        found: list[tuple[float, float, float, Box | None]] = [
            ((w[1] + w[3]) / 2, w[0], w[2], None) for w in walls
        ]
        found += [(y, p[0], p[2], p) for p in pictures for y in (p[1], p[3])]
        found.sort(key=lambda e: e[0])
        self.mids = [e[0] for e in found]
        self.spans = [(e[1], e[2], e[3]) for e in found]

    def between(self, above: Line, below: Line, lo: float, hi: float) -> bool:
        """Does an edge lie strictly between the two lines' middles and overlap [lo, hi]?
        A picture's edge parts no line beside it: text set round a round photo reaches
        into its box's corners, and goes on under it in the same column."""
        top, foot = (above.top + above.bottom) / 2, (below.top + below.bottom) / 2
        i, j = bisect_right(self.mids, top), bisect_left(self.mids, foot)
        return any(
            overlap(x0, x1, lo, hi) > 0 and not (p and (_beside(above, p) or _beside(below, p)))
            for x0, x1, p in self.spans[i:j]
        )


def _beside(line: Line, picture: Box) -> bool:
    """Does a line stand beside a picture: level with it, less than half of it over it?"""
    mid = (line.top + line.bottom) / 2
    over = overlap(line.x0, line.x1, picture[0], picture[2])
    return picture[1] < mid < picture[3] and over < 0.5 * line.width


def _fits(b: Block, line: Line, walls: _Edges, lines: list[Line], i: int) -> float:
    """How much the line (lines[i]) overlaps the block it may continue (0: it may not)."""
    x0, x1 = b.x0, b.x1  # the caller has left out blocks of another column
    last = b.lines[-1]
    if not _similar(last, line):
        return 0.0
    if abs(line.base - last.base) <= _SAME_BASE * line.size:
        # A justified line split at a wide word gap: pieces inside the block's measure.
        if len(b.lines) >= 2 and line.x0 >= x0 - 1 and line.x1 <= x1 + 1:
            if _near(last, line) or _fills(last, _row(lines, i, x1), x0, x1):
                return line.width
        return 0.0
    if line.base <= last.base:
        return 0.0
    ov = overlap(x0, x1, line.x0, line.x1)
    if ov < 0.5 * min(x1 - x0, line.width):
        return 0.0
    lo, hi = max(x0, line.x0), min(x1, line.x1)
    return 0.0 if walls.between(last, line, lo, hi) else ov


def _near(a: Line, b: Line) -> bool:
    """Two pieces of one baseline no further apart than a justified line's words."""
    return max(b.x0 - a.x1, a.x0 - b.x1) <= _WORD_GAP * max(a.size, b.size)


def _row(lines: list[Line], i: int, right: float) -> list[Line]:
    """lines[i] and the lines after it on its baseline starting left of `right` (lines by
    top, then left to right)."""
    k, base, reach = i + 1, lines[i].base, _SAME_BASE * lines[i].size
    while k < len(lines) and abs(lines[k].base - base) <= reach and lines[k].x0 <= right:
        k += 1
    return lines[i:k]


def _fills(first: Line, pieces: list[Line], x0: float, x1: float) -> bool:
    """A justified line's pieces however wide its word spaces: it starts at its block's
    left and a piece after it ends at the block's right (a table's row under a paragraph
    starts or ends inside it: a weather box's cities under its forecast)."""
    size = first.size
    return first.x0 <= x0 + size and any(
        x1 - size <= p.x1 <= x1 + 1 and p.x0 >= first.x1 for p in pieces
    )


def _merge_split_first_lines(blocks: list[Block]) -> list[Block]:
    """A one-line block on the baseline of another block's first line, inside its
    measure, is a piece of that line (a justified line's wide word gap)."""
    out: list[Block] = []
    gone: set[int] = set()
    for b in blocks:
        if len(b.lines) < 2:
            continue
        x0, _, x1, _ = b.box
        first = b.lines[0]
        pieces = [
            c
            for c in blocks
            if c is not b
            and len(c.lines) == 1
            and id(c) not in gone
            and abs(c.lines[0].base - first.base) <= _SAME_BASE * c.lines[0].size
            and _similar(c.lines[0], first)
            and c.lines[0].x0 >= x0 - 1
            and c.lines[0].x1 <= x1 + 1
        ]
        fills = _fills(first, [c.lines[0] for c in pieces], x0, x1)
        for c in pieces:
            line = c.lines[0]
            if fills or _near(first, line):
                first = (
                    merge_lines(first, line) if first.x0 <= line.x0 else merge_lines(line, first)
                )
                gone.add(id(c))
        b.replace_first(first)
    for b in blocks:
        if id(b) not in gone:
            out.append(b)
    return out
