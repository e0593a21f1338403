"""Photos with their captions: the blocks right under a picture in type a caption is set
in (smaller than the body, or the body's size in another face), and the credit turned
along its side; each picture asks the blocks whose tops are near its foot (bisection: a
page of product shots has thousands of both). A ruled table's cell under a picture (a
weather box's first column under its pictogram) is never a caption; a small picture with
a line of type beside it and such a cell under it is that pictogram, no photo."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from reader.pdf.blocks import Block
from reader.pdf.content import Box, Picture, overlap
from reader.pdf.parts import SMALLER, Atom, Style
from reader.pdf.photomarks import photo_marks
from reader.pdf.turned import side_credits

_CAPTION_GAP = 2.0  # sizes between a photo and its caption
_ICON = 4.0  # sizes of the type beside it: a pictogram over a table is no taller
_ICON_GAP = 1.5  # sizes between a pictogram and the type beside it
# Lines that open a question, an answer, a list item or a subhead.
MARKED = re.compile(r"^(?:[-―—–△▲◇◆■□●○▶▷•·]|Q\s*[.:]|A\s*[.:]|\[)")


def _top(b: Block) -> float:
    return b.box[1]


def under_pictures(blocks: list[Block], pictures: list[Picture]) -> set[int]:
    """The blocks (by id) that sit right under a picture, as its caption does: each asks
    the pictures whose foot is near its top (bisection: a page of product shots)."""
    feet = sorted(pictures, key=lambda p: p.box[3])
    ys = [p.box[3] for p in feet]
    sortable = all(map(math.isfinite, ys))
    out = set()
    for b in blocks:
        x0, top, x1, _ = b.box
        gap = _CAPTION_GAP * b.size
        near = pictures
        if sortable and math.isfinite(top) and math.isfinite(gap):
            slack = 1.0 + 1e-9 * (abs(top) + abs(gap))  # the test below is the exact one
            near = feet[bisect_left(ys, top - gap - slack) : bisect_right(ys, top + 2 + slack)]
        if any(
            -2 <= top - p.box[3] <= gap and overlap(x0, x1, p.box[0], p.box[2]) >= 0.8 * (x1 - x0)
            for p in near
        ):
            out.add(id(b))
    return out


def _captionlike(b: Block, style: Style, first: bool) -> bool:
    """Type a caption is set in: smaller than the body (7.5 pt under 8 pt body type
    too); or, for the block right under the photo, the body's size in another face,
    unless it is marked as a question, an answer or a subhead (those are set apart from
    the body too)."""
    if b.size < SMALLER * style.size:
        return True
    return (
        first
        and style.tier(b) == "body"
        and not style.is_body(b)
        and not MARKED.match(b.lines[0].text)
    )


def captioned_photos(
    pictures: list[Picture], blocks: list[Block], style: Style, rules: Sequence[Box] = ()
) -> tuple[list[Atom], list[Block]]:
    """Each picture with the caption blocks right under it (set apart from the body),
    the credit set turned along its side last, and the mark set over its corner; the
    blocks left. `rules`: the rules drawn about them (a table's, whose cells are none)."""
    atoms: list[Atom] = []
    cells = _Cells(rules)
    pictures = sorted(pictures, key=lambda p: (p.box[1], p.box[0]))
    marks = photo_marks(pictures, blocks)
    credits = side_credits([p.box for p in pictures], blocks, style.size)
    taken: set[int] = {id(b) for b in [*marks.values(), *credits.values()]}
    # Where a block stands is asked first, of the blocks whose tops are near the edge
    # (bisection; from the top, the first in the page's order where tops are level).
    sizes = [b.size for b in blocks]
    finite = all(math.isfinite(b.top) for b in blocks) and all(map(math.isfinite, sizes))
    order = sorted(range(len(blocks)), key=lambda i: (blocks[i].top, i))
    tops = [blocks[i].top for i in order]
    reach = _CAPTION_GAP * max(sizes, default=0.0)
    for k, p in enumerate(pictures):
        captions: list[Block] = []
        edge = p.box[3]
        while True:
            near: Sequence[int] = range(len(blocks))
            if finite:
                slack = 1.0 + 1e-9 * (abs(edge) + reach)  # the test below is the exact one
                near = order[
                    bisect_left(tops, edge - 2 - slack) : bisect_right(tops, edge + reach + slack)
                ]
            below = (
                blocks[i]
                for i in near
                if id(blocks[i]) not in taken
                and -2 <= blocks[i].top - edge <= _CAPTION_GAP * sizes[i]
                and overlap(blocks[i].x0, blocks[i].x1, p.box[0], p.box[2])
                >= 0.8 * (blocks[i].x1 - blocks[i].x0)
                and _captionlike(blocks[i], style, first=not captions)
                and not cells.holds(blocks[i], edge)
            )
            nearest = next(below, None) if finite else min(below, key=_top, default=None)
            if nearest is None:
                break
            captions.append(nearest)
            taken.add(id(nearest))
            edge = nearest.box[3]
        if not captions and k not in credits:
            # the blocks from a height over its top to a caption's reach under its foot
            y0, y1 = p.box[1], p.box[3]
            around: Sequence[int] = range(len(blocks))
            if finite and math.isfinite(y1 - y0):
                around = order[bisect_left(tops, 2 * y0 - y1 - 1) : bisect_right(tops, y1 + reach)]
            if _pictogram(p, [blocks[i] for i in around], cells):
                continue  # an icon beside its line, over a table: no photo, nothing to save
        if k in credits:
            captions.append(credits[k])
        box = p.box
        for c in captions:
            cb = c.box
            box = (min(box[0], cb[0]), box[1], max(box[2], cb[2]), max(box[3], cb[3]))
        atoms.append(Atom("photo", box, picture=p, captions=captions, label=marks.get(k)))
    return atoms, [b for b in blocks if id(b) not in taken]


def _pictogram(p: Picture, near: Sequence[Block], cells: _Cells) -> bool:
    """Is p a pictogram over a ruled table (a weather box's icon, 3 sizes tall, beside its
    one-line forecast, the table of cities under both)? A line of type beside it, p no
    taller than _ICON of its size, and right under p a block held by the table's rules.
    A small photo has its caption under it, not a table's cell."""
    x0, y0, x1, y1 = p.box
    beside = any(
        y1 - y0 <= _ICON * x.size
        and y0 <= (x.top + x.bottom) / 2 <= y1
        and (0 <= x.x0 - x1 <= _ICON_GAP * x.size or 0 <= x0 - x.x1 <= _ICON_GAP * x.size)
        for b in near
        for x in b.lines
    )
    return beside and any(
        -2 <= b.top - y1 <= _CAPTION_GAP * b.size
        and overlap(b.x0, b.x1, x0, x1) >= 0.8 * (b.x1 - b.x0)
        and cells.holds(b, y1)
        for b in near
    )


class _Cells:
    """A ruled table's cells: a block with a rule drawn across it over its top (under the
    picture's foot or the caption before it) and a rule down each of its sides, along its
    height, the nearest on each side within that rule's span. A caption under its photo
    has no rule between them, nor rules at its sides. The rules come joined (rules.py):
    a row's rule, a column's rule; each side asks the rules nearest it first."""

    def __init__(self, rules: Sequence[Box]) -> None:
        self.across = sorted((r for r in rules if r[2] - r[0] >= r[3] - r[1]), key=lambda r: r[1])
        self.ys = [r[1] for r in self.across]
        self.down = sorted((r for r in rules if r[2] - r[0] < r[3] - r[1]), key=lambda r: r[0])
        self.xs = [r[0] for r in self.down]

    def holds(self, b: Block, edge: float) -> bool:
        x0, top, x1, foot = b.box
        over = self.across[bisect_left(self.ys, edge - 2) : bisect_right(self.ys, top)]
        for h in over:
            if h[0] - 1 <= x0 and x1 <= h[2] + 1:
                left = range(
                    bisect_right(self.xs, x0 + 1) - 1, bisect_left(self.xs, h[0] - 1) - 1, -1
                )
                right = range(bisect_left(self.xs, x1 - 1), bisect_right(self.xs, h[2] + 1))
                if self._side(left, top, foot) and self._side(right, top, foot):
                    return True
        return False

    def _side(self, order: range, top: float, foot: float) -> bool:
        """Is a rule along the block's height among these, nearest first? A rule of
        another row stands beside it first only where rows are ruled cell by cell."""
        return any(self.down[k][1] <= top + 1 and foot - 1 <= self.down[k][3] for k in order)
