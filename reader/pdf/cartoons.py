"""A cartoon's panels (시사만화, a four-panel strip): three or more framed boxes of one
size side by side or one under another, each holding a drawing (stroked shapes that hold
no type: heads, bodies, a stream) and a few words of speech, in balloons. They are no
ads: the strip is read as its title's story, each panel's speech one paragraph, balloons
from the top and, level, from the left. Framed boxes whose type stands in the frame
itself (coupons with a barcode, a grid of photos with a rule under each) are no panels."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.pdf.blocks import Block
from reader.pdf.content import Box, Graphic, Picture, corner_gaps, inside
from reader.pdf.lines import Line
from reader.pdf.parts import HEADLINE, Atom
from reader.pdf.within import holders

_PANELS = 3
_SAME = 2.0  # points: panels of one strip are one size, lined up
_GAP = 1.5  # body sizes: at most this between one panel and the next
_DRAWN = 2  # stroked shapes without type inside a panel: a drawing
_BALLOON = 0.5  # of a panel's area: a balloon is smaller (a frame's inner border is not)
_LEVEL = 0.5  # sizes: lines whose tops are this near stand level


def strip_panels(
    frames: list[Box], graphics: list[Graphic], blocks: list[Block], size: float
) -> tuple[list[Atom], list[Box]]:
    """The panels among the page's outer frames (size: the body's), each an atom holding
    its speech as one block, and the frames left (ads, boxed stories)."""
    drawn = [f for f in frames if _panel(f, graphics, blocks)]
    for f in drawn:
        strip = [g for g in drawn if _same_size(f, g)]
        strip = _run(strip, f, size)
        if len(strip) >= _PANELS:
            atoms = []
            last = last_panel(strip)
            for box in strip:
                held = [b for b in blocks if inside(b.box, box, 2.0)]
                said = _balloons(box, graphics) if box is last else []
                signed = [b for b in held if box is last and _signed_in(b, box, said)][:1]
                lines = _speech([x for b in held if b not in signed for x in b.lines])
                atoms.append(Atom("panel", box, block=Block(lines) if lines else None))
                atoms += [Atom("signature", b.box, block=b) for b in signed]
            return atoms, [g for g in frames if all(g is not s for s in strip)]
    return [], frames


def last_panel(strip: list[Box]) -> Box:
    """A strip's last panel: the lowest of a column, the rightmost of a row."""
    return max(strip, key=lambda b: b[0] + b[1])


def _panel(frame: Box, graphics: list[Graphic], blocks: list[Block]) -> bool:
    """A drawing (stroked shapes inside the frame that hold no type), and the frame's type
    in balloons (stroked shapes inside it, smaller than half of it)."""
    inner = [g for g in graphics if g.box != frame and inside(g.box, frame, 1.0)]
    if len(inner) < _DRAWN:  # asked of every frame on the page: most hold no shapes
        return False
    held = [b for b in blocks if inside(b.box, frame, 2.0)]
    shapes = [g for g in inner if not any(inside(b.box, g.box, 1.0) for b in held)]
    if len(shapes) < _DRAWN:
        return False
    balloons = _balloons(frame, inner)
    return all(_signed_in(b, frame, balloons) or _in_any(b, balloons) for b in held)


def _balloons(frame: Box, graphics: list[Graphic]) -> list[Box]:
    """The balloons drawn in a frame: stroked shapes inside it, under half its size."""
    half = _BALLOON * _area(frame)
    return [
        g.box
        for g in graphics
        if g.kind == "frame"
        and g.box != frame
        and inside(g.box, frame, 1.0)
        and _area(g.box) < half
    ]


def _in_any(b: Block, boxes: list[Box]) -> bool:
    return any(inside(b.box, o, 1.0) for o in boxes)


def _signed_in(b: Block, frame: Box, balloons: list[Box]) -> bool:
    """A signature in a panel's corner: a short line, no sentence, in no balloon."""
    return (
        _signature(b)
        and inside(b.box, frame, 1.0)
        and _at_corner(b, frame)
        and not _in_any(b, balloons)
    )


def _area(box: Box) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _speech(lines: list[Line]) -> list[Line]:
    """A panel's lines from the top, level ones from the left (no size divides: a line
    flattened by its text matrix has none)."""
    rows: list[list[Line]] = []
    for x in sorted(lines, key=lambda x: x.top):
        if rows and x.top - rows[-1][0].top <= _LEVEL * max(x.size, rows[-1][0].size):
            rows[-1].append(x)
        else:
            rows.append([x])
    return [x for row in rows for x in sorted(row, key=lambda x: x.x0)]


def _same_size(a: Box, b: Box) -> bool:
    return (
        abs((a[2] - a[0]) - (b[2] - b[0])) <= _SAME and abs((a[3] - a[1]) - (b[3] - b[1])) <= _SAME
    )


def _run(boxes: list[Box], first: Box, size: float) -> list[Box]:
    """The boxes lined up with the first, one under another or side by side, each near
    the next."""
    for edge, start, end in ((0, 1, 3), (1, 0, 2)):  # a column (same left), a row (same top)
        line = sorted(
            (b for b in boxes if abs(b[edge] - first[edge]) <= _SAME), key=lambda b: b[start]
        )
        run = line[:1]
        for b in line[1:]:
            if 0 <= b[start] - run[-1][end] <= _GAP * size:
                run.append(b)
            elif len(run) < _PANELS:
                run = [b]
        if len(run) >= _PANELS:
            return run
    return []


def picture_balloons(
    frames: list[Box], pictures: list[Picture], blocks: list[Block]
) -> tuple[list[Atom], list[Box]]:
    """The frames drawn on a picture, under half its size, that hold type: a one-panel
    cartoon's balloons, each read as a panel's speech (one paragraph of the cartoon's
    story), never an ad's or a box's frame, which stands on the page beside the
    pictures; and the frames left. Boxes within boxes are found through a grid (within.py)."""
    on = sorted(
        {i for i, k in holders(frames, [p.box for p in pictures], 1.0)
         if _area(frames[i]) < _BALLOON * _area(pictures[k].box)}
    )  # fmt: skip
    said: dict[int, list[Line]] = {}
    seen: set[int] = set()  # a block in two balloons (one drawn in another) is said once
    for b, j in holders([b.box for b in blocks], [frames[i] for i in on], 2.0):
        if b not in seen:
            seen.add(b)
            said.setdefault(on[j], []).extend(blocks[b].lines)
    atoms = [Atom("panel", frames[i], block=Block(_speech(said[i]))) for i in sorted(said)]
    return atoms, [f for i, f in enumerate(frames) if i not in said]


_SIGNED = 12  # characters at most in a cartoonist's signature ('한솔', '그림=한솔')
_SIGNED_WORDS = 3
_SIGNED_NEAR = 3.0  # its sizes: at most this from the picture's corner, or under its foot
_SENTENCE = re.compile(r"[.?!。…]$")


def signatures(
    pictures: list[Picture],
    balloons: list[Atom],
    blocks: list[Block],
    size: float,
    strips: Sequence[Box] = (),
) -> tuple[list[Atom], list[Block]]:
    """The cartoonist's signature on each one-panel cartoon (a picture its balloons stand
    on) and under a strip's last panel (strips: those panels): a short line, no sentence,
    under the headline tier of the body's size, in the picture's corner or right under
    one of its corners, read as the cartoon's byline ('signature' atoms); the blocks
    left. One a cartoon, the highest: a story's short headline set under the cartoon,
    below its signature or with none, is no signature. A title over the cartoon is none
    either: it stands above the picture, not in or under it."""
    drawn = sorted(
        {k for _, k in holders([a.box for a in balloons], [p.box for p in pictures], 1.0)}
    )
    signed_on = [*(pictures[k].box for k in drawn), *strips]
    short = [b for b in blocks if _signature(b) and b.size < HEADLINE * size]
    reach = _SIGNED_NEAR * max((b.size for b in short), default=0.0)
    areas: list[Box] = []
    for x0, y0, x1, y1 in signed_on:
        areas.append((x0, y0, x1, y1 + reach))  # under it too
    first: dict[int, Block] = {}  # each cartoon's highest signature
    taken: set[int] = set()  # a block near two cartoons signs one
    # cartoons and blocks paired through within.py's grid, not each with each
    for i, j in sorted(holders([b.box for b in short], areas, 1.0), key=lambda p: short[p[0]].top):
        b = short[i]
        if j not in first and id(b) not in taken and _at_corner(b, signed_on[j]):
            first[j] = b
            taken.add(id(b))
    signed = [Atom("signature", b.box, block=b) for b in first.values()]
    return signed, [b for b in blocks if id(b) not in taken]


def _signature(b: Block) -> bool:
    text = b.lines[0].text.strip() if len(b.lines) == 1 else ""
    words = text.split()
    return 0 < len(text) <= _SIGNED and len(words) <= _SIGNED_WORDS and not _SENTENCE.search(text)


def _at_corner(b: Block, box: Box) -> bool:
    """In the picture near a corner, or right under it at one of its ends."""
    reach = _SIGNED_NEAR * b.size
    side, end = corner_gaps(b.box, box)
    if not (-1.0 <= side <= reach):
        return False
    if inside(b.box, box, 1.0):
        return end <= reach
    return -1.0 <= b.box[1] - box[3] <= reach
