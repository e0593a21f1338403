"""Boxes within boxes, found through a grid: each holder is listed in the cells of a grid
over the page that it covers (grown by the slack), and a box asks only the cell its
centre falls in, not every holder (a page of thousands of small drawings)."""

from __future__ import annotations

import math
from collections.abc import Iterator

from reader.pdf.content import Box, inside


def holders(inner: list[Box], outer: list[Box], slack: float) -> Iterator[tuple[int, int]]:
    """(i, j) for each inner[i] inside outer[j] (within the slack), each inner's holders
    in the order of `outer`."""
    boxes = inner + outer
    if not all(math.isfinite(v) for b in boxes for v in b) or any(
        b[0] > b[2] or b[1] > b[3] for b in boxes
    ):  # a box the grid cannot place: each is asked of every holder
        for i, b in enumerate(inner):
            yield from ((i, j) for j, o in enumerate(outer) if inside(b, o, slack))
        return
    if not outer:
        return
    x0 = min(o[0] for o in outer) - slack
    y0 = min(o[1] for o in outer) - slack
    side = math.isqrt(len(outer)) + 1  # cells a side: about one holder a cell
    w = (max(o[2] for o in outer) + slack - x0) / side or 1.0
    h = (max(o[3] for o in outer) + slack - y0) / side or 1.0
    cells: dict[tuple[int, int], list[int]] = {}
    for j, o in enumerate(outer):
        for cx in range(_cell(o[0] - slack, x0, w), _cell(o[2] + slack, x0, w) + 1):
            for cy in range(_cell(o[1] - slack, y0, h), _cell(o[3] + slack, y0, h) + 1):
                cells.setdefault((cx, cy), []).append(j)
    for i, b in enumerate(inner):
        at = (_cell((b[0] + b[2]) / 2, x0, w), _cell((b[1] + b[3]) / 2, y0, h))
        yield from ((i, j) for j in cells.get(at, ()) if inside(b, outer[j], slack))


def _cell(v: float, origin: float, size: float) -> int:
    return math.floor((v - origin) / size)
