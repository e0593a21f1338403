"""Reading order by position: recursive cuts along the gaps no box straddles (XY-cut).

Vertical cuts come first, so side-by-side articles and a brief's column are read
one after the other; else one horizontal cut, at the widest gap that no column runs
on across (the parts above and below may split into columns of their own). Inside an
article, horizontal cuts put the headline before its columns, and vertical cuts read
the columns left to right, each top to bottom.
The order of text in the file plays no part.
"""

from __future__ import annotations

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
        # One horizontal cut at a time, at the widest gap: a region's parts below it may
        # still split into columns (articles side by side over an ad across the page).
        gaps = [
            box(groups[i + 1][0])[1] - max(box(a)[3] for a in groups[i])
            for i in range(len(groups) - 1)
        ]
        # A gap that a column runs on across (a paragraph's space) is cut last.
        k = max(
            range(len(gaps)), key=lambda i: (not _runs_on(groups[i], groups[i + 1], box), gaps[i])
        )
        upper = [a for g in groups[: k + 1] for a in g]
        lower = [a for g in groups[k + 1 :] for a in g]
        return xy_order(upper, box, rules) + xy_order(lower, box, rules)
    # No gap runs through: not a Manhattan layout; read top to bottom, left to right.
    return sorted(atoms, key=lambda a: (box(a)[1], box(a)[0]))


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
    with the same left and right edges?"""
    edges = {(round(box(a)[0]), round(box(a)[2])) for a in above}
    return any(
        any(abs(x0 - box(b)[0]) <= _SLACK and abs(x1 - box(b)[2]) <= _SLACK for x0, x1 in edges)
        for b in below
    )
