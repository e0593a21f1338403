"""Reading order by position: recursive cuts along the gaps no box straddles (XY-cut).

Vertical cuts come first, so side-by-side articles and a brief's column are read
one after the other; else one horizontal cut, at the widest gap that no column runs
on across (the parts above and below may split into columns of their own). Inside an
article, horizontal cuts put the headline before its columns, and vertical cuts read
the columns left to right, each top to bottom.
The order of text in the file plays no part.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TypeVar

from reader.pdf.content import Box

T = TypeVar("T")
_SLACK = 1.0  # points two boxes may overlap and still be cut apart
_ACROSS = 0.8  # a rule this long (of the region's width or height) separates what it crosses


def xy_order(atoms: list[T], box: Callable[[T], Box], rules: list[Box] | None = None) -> list[T]:
    """Atoms in reading order. Rules across the whole region (the rules between rows of
    articles, or between articles side by side) cut first."""
    if len(atoms) <= 1:
        return list(atoms)
    boxes = [box(a) for a in atoms]  # once a level: every test below reads them
    for axis in (1, 0):
        groups = _ruled(atoms, boxes, rules or [], axis)
        if len(groups) > 1:
            return [a for g in groups for a in xy_order(g, box, rules)]
    groups = _cut(atoms, boxes, 0)
    if len(groups) > 1:
        return [a for g in groups for a in xy_order(g, box, rules)]
    groups = _cut(atoms, boxes, 1)
    if len(groups) > 1:
        return _rows(groups, box, rules or [], _plain(boxes, rules or []))
    # No gap runs through: not a Manhattan layout; read top to bottom, left to right.
    return sorted(atoms, key=lambda a: (box(a)[1], box(a)[0]))


def _rows(groups: list[list[T]], box: Callable[[T], Box], rules: list[Box], plain: bool) -> list[T]:
    """Rows of atoms one under another, cut one horizontal cut at a time, at the widest
    gap: a region's parts below it may still split into columns (articles side by side
    over an ad across the page). A gap that a column runs on across (a paragraph's space)
    is cut last. Where nothing below a cut can split otherwise (`plain`, and no columns
    apart), the rows below are cut on where they stand, not found again: a column of a
    thousand lines is one pass, not a thousand."""
    bottoms = [max(box(a)[3] for a in g) for g in groups]
    keys = [
        (not _runs_on(groups[i], groups[i + 1], box), box(groups[i + 1][0])[1] - bottoms[i])
        for i in range(len(groups) - 1)
    ]
    widest = list(range(len(keys)))  # from each gap on, the first of the widest
    for i in range(len(keys) - 2, -1, -1):
        if keys[widest[i + 1]] > keys[i]:
            widest[i] = widest[i + 1]
    apart = _apart(groups, box) if plain and all(math.isfinite(k[1]) for k in keys) else None
    out: list[T] = []
    start = 0
    while True:
        k = widest[start]
        out += xy_order([a for g in groups[start : k + 1] for a in g], box, rules)
        start = k + 1
        if start == len(groups) - 1 or apart is None or apart[start]:
            return out + xy_order([a for g in groups[start:] for a in g], box, rules)


def _plain(boxes: list[Box], rules: list[Box]) -> bool:
    """Can part of the region split only as the whole does: no rule crosses it, and every
    box is wider and taller than the slack (so the rows under a cut are the rows found)?"""
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    if any(y0 < (r[1] + r[3]) / 2 < y1 or x0 < (r[0] + r[2]) / 2 < x1 for r in rules):
        return False
    return all(b[2] - b[0] > _SLACK and b[3] - b[1] > _SLACK for b in boxes)


def _apart(groups: list[list[T]], box: Callable[[T], Box]) -> list[bool]:
    """For each row, whether the rows from it down stand in columns apart (a vertical cut
    would part them): their spans across, less the slack, are kept merged from the foot
    up, so each row is asked once."""
    starts: list[float] = []
    ends: list[float] = []  # disjoint spans, in order
    out = [False] * len(groups)
    for i in range(len(groups) - 1, 0, -1):
        for a in groups[i]:
            b = box(a)
            lo, hi = b[0], b[2] - _SLACK
            j, m = bisect_right(ends, lo), bisect_left(starts, hi)  # the spans it meets
            if j < m:
                lo, hi = min(lo, starts[j]), max(hi, ends[m - 1])
            starts[j:m], ends[j:m] = [lo], [hi]
        out[i] = len(starts) > 1
    return out


def _ruled(atoms: list[T], boxes: list[Box], rules: list[Box], axis: int) -> list[list[T]]:
    """Groups cut by the rules (horizontal for axis 1) that run across the region."""
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    if axis == 1:
        cuts = [(r[1] + r[3]) / 2 for r in rules if _spans(r, 0, x0, x1)]
        lo, hi = y0, y1
    else:
        cuts = [(r[0] + r[2]) / 2 for r in rules if _spans(r, 1, y0, y1)]
        lo, hi = x0, x1
    a0, a1 = (1, 3) if axis == 1 else (0, 2)
    cuts = sorted(c for c in cuts if lo < c < hi and not any(b[a0] < c < b[a1] for b in boxes))
    if not cuts:
        return [atoms]
    groups: list[list[T]] = [[] for _ in range(len(cuts) + 1)]
    for a, b in zip(atoms, boxes, strict=True):
        groups[sum(1 for c in cuts if b[a0] >= c)].append(a)
    return [g for g in groups if g]


def _spans(rule: Box, axis: int, lo: float, hi: float) -> bool:
    """Does a rule along axis (0: horizontal) run across most of lo..hi from its start?"""
    a0, a1 = (0, 2) if axis == 0 else (1, 3)
    b0, b1 = (1, 3) if axis == 0 else (0, 2)
    along, across = rule[a1] - rule[a0], rule[b1] - rule[b0]
    return along > across and along >= _ACROSS * (hi - lo) and rule[a0] <= lo + 0.1 * (hi - lo)


def _cut(atoms: list[T], boxes: list[Box], axis: int) -> list[list[T]]:
    lo, hi = (0, 2) if axis == 0 else (1, 3)
    ordered = sorted(zip(atoms, boxes, strict=True), key=lambda ab: (ab[1][lo], ab[1][hi]))
    groups: list[list[T]] = [[ordered[0][0]]]
    reach = ordered[0][1][hi]
    for a, b in ordered[1:]:
        if b[lo] >= reach - _SLACK:
            groups.append([a])
        else:
            groups[-1].append(a)
        reach = max(reach, b[hi])
    return groups


def _runs_on(above: list[T], below: list[T], box: Callable[[T], Box]) -> bool:
    """Does a column run on across the gap between two rows: a box above and one below
    with the same left and right edges? (Edges within the slack of a box's are looked up
    among the whole points near them, not compared with each.)"""
    edges = {(round(box(a)[0]), round(box(a)[2])) for a in above}
    for b in below:
        bx0, _, bx1, _ = box(b)
        if not (math.isfinite(bx0) and math.isfinite(bx1)):
            if any(abs(x0 - bx0) <= _SLACK and abs(x1 - bx1) <= _SLACK for x0, x1 in edges):
                return True
            continue
        f0, f1 = math.floor(bx0), math.floor(bx1)
        for x0 in range(f0 - 1, f0 + 3):
            for x1 in range(f1 - 1, f1 + 3):
                if (x0, x1) in edges and abs(x0 - bx0) <= _SLACK and abs(x1 - bx1) <= _SLACK:
                    return True
    return False
