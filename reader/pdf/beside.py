"""Blocks standing beside a box, a gutter from its right or left side and level with it
(their heights overlap): a mug shot's headline, a caption set beside its photo. The
blocks are kept by the gutter-wide strip their sides stand in, each strip's by their
tops, so a box asks the strips next to its sides and then the blocks level with it
(bisection), not every block of the page."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict

from reader.pdf.blocks import Block
from reader.pdf.content import Box


def finite(box: Box) -> bool:
    return all(map(math.isfinite, box))


class Beside:
    def __init__(self, blocks: list[Block], gutter: float):
        blocks = [b for b in blocks if finite(b.box)]
        self.gutter = gutter
        self.tallest = max((b.bottom - b.top for b in blocks), default=0.0)
        self.lefts: dict[int, list[Block]] = defaultdict(list)
        self.rights: dict[int, list[Block]] = defaultdict(list)
        for b in sorted(blocks, key=lambda b: b.top):
            self.lefts[int(b.x0 // gutter)].append(b)
            self.rights[int(b.x1 // gutter)].append(b)
        strips = [*self.lefts.values(), *self.rights.values()]
        self.tops = {id(xs): [b.top for b in xs] for xs in strips}

    def of(self, box: Box, right: bool) -> list[Block]:
        """The blocks level with `box` whose left side stands within a gutter of its right
        side (`right`), or whose right side stands within a gutter of its left side; from
        the top."""
        if not finite(box):
            return []
        x0, y0, x1, y1 = box
        g = self.gutter
        strips = self.lefts if right else self.rights
        edge = int((x1 if right else x0) // g)
        out = []
        for k in (edge - 1, edge, edge + 1):
            xs = strips.get(k, [])
            tops = self.tops.get(id(xs), [])
            for b in xs[bisect_right(tops, y0 - self.tallest) : bisect_right(tops, y1)]:
                gap = b.x0 - x1 if right else x0 - b.x1
                if b.bottom > y0 and 0 <= gap <= g:
                    out.append(b)
        return sorted(out, key=lambda b: b.top)
