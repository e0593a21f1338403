"""Text flowed round a box (a quote set across a gutter, a photo inset in a column): the
lines shortened beside it take their measure from the box's edge, not their column's,
and the box is read where the paragraph running past it ends."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.pdf.blocks import Block
from reader.pdf.content import Box
from reader.pdf.lines import Line

_TOL = 1.0  # points: a line ending at a box's edge may touch it


@dataclass
class Wraps:
    """A story's lines beside its boxes and where each box is read."""

    # a line beside a box (its id): the edge the box gives its measure, left or right
    left: dict[int, float] = field(default_factory=dict)
    right: dict[int, float] = field(default_factory=dict)
    # a box (its index among the boxes asked) -> the line (id) it is read after: the last
    # beside it in the first column that flows round it
    read_at: dict[int, int] = field(default_factory=dict)
    curved: set[int] = field(default_factory=set)  # lines set to a round photo's curve

    def edges(self, line: Line, left: float, right: float) -> tuple[float, float]:
        """The line's measure: its column's, or a box's edge on the side it stands."""
        return self.left.get(id(line), left), self.right.get(id(line), right)


def wraps(blocks: Sequence[Block], boxes: Sequence[Box]) -> Wraps:
    """The lines of body blocks (in reading order) shortened beside one of the boxes: a
    block that runs across where the box stands (its other lines reach past the box's
    edge), whose lines level with the box (within a line's size over and under it) all
    stop short of it, on one side. Their edge is the farthest any of them reaches (a
    justified line's end): a paragraph's last line beside the box has room left."""
    out = Wraps()
    for k, (bx0, btop, bx1, bbot) in enumerate(boxes):
        for b in blocks:
            size = b.size
            if b.box[3] < btop - size or b.box[1] > bbot + size:
                continue  # nowhere level with the box
            near = [x for x in b.lines if btop - x.size <= (x.top + x.bottom) / 2 <= bbot + x.size]
            if not near or len(near) == len(b.lines):
                continue
            if b.box[2] > bx0 + size and all(x.x1 <= bx0 + _TOL for x in near):
                edge = max(x.x1 for x in near)
                out.right.update((id(x), edge) for x in near)
            elif b.box[0] < bx1 - size and all(x.x0 >= bx1 - _TOL for x in near):
                edge = min(x.x0 for x in near)
                out.left.update((id(x), edge) for x in near)
            elif not _round(b, (bx0, btop, bx1, bbot), out):
                continue
            out.read_at.setdefault(k, id(near[-1]))
    return out


def _round(b: Block, box: Box, out: Wraps) -> bool:
    """Text set round a round photo (a circle in its box): the lines level with it reach
    into its box's empty corners, each justified to the curve at its height, so each is
    its own measure: a line on its left is full (its start still shows an indent), one on
    its right starts at its edge (its end still shows room). Lines past the box's middle
    are none (type over the photo)."""
    x0, top, x1, bottom = box
    middle = (x0 + x1) / 2
    level = [x for x in b.lines if top < (x.top + x.bottom) / 2 < bottom]
    if not level or len(level) == len(b.lines):
        return False
    if b.box[2] > x0 and all(x.x1 < middle for x in level):
        out.right.update((id(x), x.x1) for x in level)
    elif b.box[0] < x1 and all(x.x0 > middle for x in level):
        out.left.update((id(x), x.x0) for x in level)
    else:
        return False
    out.curved.update(id(x) for x in level)
    return True
