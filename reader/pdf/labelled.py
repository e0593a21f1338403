"""A picture labelled all over: a map's ground (a weather map's, a place map's) whose
labels are set on it in type smaller than the body, in rows down it, with no road or
stream drawn across it (charts.maps finds those). Its labels are read with it, as a
chart's are: the picture is no photo. A photo carries one number, a credit or a
headline on it, not labels in rows."""

from __future__ import annotations

from reader.pdf.blocks import Block
from reader.pdf.content import Picture
from reader.pdf.parts import SMALLER
from reader.pdf.within import holders

_LABELS = 4  # lines of small type on the picture, at least
_ROWS = 2  # rows of them down it, at least (a caption strip across a photo is one)


def labelled_grounds(pictures: list[Picture], blocks: list[Block], size: float) -> list[Picture]:
    """The pictures that hold four lines of small type or more, in two rows or more."""
    lines = [x for b in blocks if b.size < SMALLER * size for x in b.lines]
    on: dict[int, list[tuple[float, float]]] = {}
    for i, k in holders([x.box for x in lines], [p.box for p in pictures], 1.0):
        on.setdefault(k, []).append((lines[i].top, lines[i].size))
    out = []
    for k, tops in on.items():
        if len(tops) < _LABELS:
            continue
        tops.sort()
        rows = 1 + sum(b[0] - a[0] > a[1] for a, b in zip(tops, tops[1:], strict=False))
        if rows >= _ROWS:
            out.append(pictures[k])
    return out
