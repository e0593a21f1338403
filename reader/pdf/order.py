"""Reading order by position: recursive cuts along the gaps no box straddles (XY-cut).

Vertical cuts come first, so side-by-side articles and a brief's column are read
one after the other; else one horizontal cut, at the widest gap (the parts above and
below may split into columns of their own). Inside an article, horizontal cuts put
the headline before its columns, and vertical cuts read the columns left to right,
each top to bottom.
The order of text in the file plays no part.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from reader.pdf.content import Box

T = TypeVar("T")
_SLACK = 1.0  # points two boxes may overlap and still be cut apart


def xy_order(atoms: list[T], box: Callable[[T], Box]) -> list[T]:
    if len(atoms) <= 1:
        return list(atoms)
    groups = _cut(atoms, box, 0)
    if len(groups) > 1:
        return [a for g in groups for a in xy_order(g, box)]
    groups = _cut(atoms, box, 1)
    if len(groups) > 1:
        # One horizontal cut at a time, at the widest gap: a region's parts below it may
        # still split into columns (articles side by side over an ad across the page).
        gaps = [
            box(groups[i + 1][0])[1] - max(box(a)[3] for a in groups[i])
            for i in range(len(groups) - 1)
        ]
        k = max(range(len(gaps)), key=lambda i: gaps[i])
        upper = [a for g in groups[: k + 1] for a in g]
        lower = [a for g in groups[k + 1 :] for a in g]
        return xy_order(upper, box) + xy_order(lower, box)
    # No gap runs through: not a Manhattan layout; read top to bottom, left to right.
    return sorted(atoms, key=lambda a: (box(a)[1], box(a)[0]))


def _cut(atoms: list[T], box: Callable[[T], Box], axis: int) -> list[list[T]]:
    lo, hi = (0, 2) if axis == 0 else (1, 3)
    ordered = sorted(atoms, key=lambda a: (box(a)[lo], box(a)[hi]))
    groups: list[list[T]] = [[ordered[0]]]
    reach = box(ordered[0])[hi]
    for a in ordered[1:]:
        b = box(a)
        if b[lo] >= reach - _SLACK:
            groups.append([a])
        else:
            groups[-1].append(a)
        reach = max(reach, b[hi])
    return groups
