"""A page's frames: its frames and shaded boxes, less the flags (a shaded bar around one
line), and the outermost of them that hold type (each box asks the grid of `within.py`
for the boxes around it: a page of thousands of small drawings)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.pdf.blocks import Block
from reader.pdf.charts import SOURCE
from reader.pdf.content import Box, PageContent
from reader.pdf.within import holders


def outer_frames(content: PageContent, blocks: list[Block], skip: set[Box]) -> list[Box]:
    """The frames and shaded boxes inside no other that hold type, from the top; `skip`
    are boxes no frame (a donut's wedge holds its total)."""
    boxes = [b for b in framing(content, blocks) if b not in skip]
    held = {i for i, j in holders(boxes, boxes, 0.5) if boxes[i] is not boxes[j]}
    outer = [b for i, b in enumerate(boxes) if i not in held]
    full = {j for _, j in holders([b.box for b in blocks], outer, 2.0)}
    return sorted((b for j, b in enumerate(outer) if j in full), key=lambda b: (b[1], b[0]))


def framing(content: PageContent, blocks: list[Block]) -> list[Box]:
    """Frames and shaded boxes, less the flags: a shaded bar around one line of type and
    no more (a section flag or a column's logo set white on black) is a label read where
    it stands, not an ad's frame."""
    shades = [g.box for g in content.graphics if g.kind == "shade"]
    held: dict[int, list[Block]] = {}
    for i, j in holders([b.box for b in blocks], shades, 2.0):
        held.setdefault(j, []).append(blocks[i])
    flags = set()
    for j, box in enumerate(shades):
        inner = held.get(j, [])
        if len(inner) == 1 and len(inner[0].lines) == 1 and box[3] - box[1] <= 2.5 * inner[0].size:
            flags.add(j)
    out, k = [], 0
    for g in content.graphics:
        if g.kind == "shade":
            if k not in flags:
                out.append(g.box)
            k += 1
        elif g.kind == "frame":
            out.append(g.box)
    return out


def with_sources(frames: list[Box], blocks: list[Block]) -> list[Box]:
    """Each frame grown down to the source line set right under it ('자료=달내은행 …', one
    line within a size of its foot, within its sides): a box of figures quotes its source
    under itself as often as inside (issue #12, round 15's rate strip)."""
    # by top, a frame asking those near its foot only (a top at no place, NaN, is near none)
    sources = [
        b
        for b in blocks
        if len(b.lines) == 1 and SOURCE.match(b.lines[0].text) and b.box[1] == b.box[1]
    ]
    by_top = sorted(range(len(sources)), key=lambda k: sources[k].box[1])
    tops = [sources[k].box[1] for k in by_top]
    reach = max((b.size for b in sources), default=0.0) + 1  # a point's slack, asked below
    out = []
    for f in frames:
        at = by_top[bisect_left(tops, f[3] - 1) : bisect_right(tops, f[3] + reach)]
        near = [sources[k] for k in sorted(at)]  # in the page's order, as max reads them
        under = [
            b.box[3]
            for b in near
            if f[3] - 1 <= b.box[1] <= f[3] + b.size
            and f[0] - 1 <= b.box[0]
            and b.box[2] <= f[2] + 1
        ]
        out.append((f[0], f[1], f[2], max(under)) if under else f)
    return out
