"""What stands between two runs of a baseline and parts or joins them: a vertical rule,
a frame's side or the end of a box drawn by two rules (two lines), a leader drawn from a
title to its page number (one)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate, groupby

from reader.pdf.content import Box, Graphic, Run

_SAME_END = 1.0  # points: two rules' ends this near are one box's side


class Sides:
    """Vertical rules and frames' sides by where they stand across the page, for finding
    those between two runs without trying every one (every gap between runs asks)."""

    def __init__(self, graphics: list[Graphic], boxes: list[Box]):
        walls = [g.box for g in graphics if g.kind == "vrule"]
        walls += [(x, b[1], x, b[3]) for b in boxes for x in (b[0], b[2])]
        walls += [
            (x, g.box[1], x, g.box[3])
            for g in graphics
            if g.kind in ("frame", "shade")
            for x in (g.box[0], g.box[2])
        ]
        # walls at one x (a column of boxes' sides) by where they start, each with the
        # lowest end of those starting above it: a gap asks each x it spans once
        self.xs: list[float] = []
        self.tops: list[list[float]] = []
        self.ends: list[list[float]] = []
        for x, group in groupby(sorted(walls), key=lambda w: w[0]):
            ws = list(group)
            self.xs.append(x)
            self.tops.append([w[1] for w in ws])
            self.ends.append(list(accumulate((w[3] for w in ws), max)))

    def between(self, a: Run, b: Run) -> bool:
        """Is there a vertical rule or a box's side between two runs of a baseline?"""
        mid = (a.top + a.bottom) / 2
        i, j = bisect_left(self.xs, a.x1 - 1), bisect_right(self.xs, b.x0 + 1)
        for k in range(i, j):
            n = bisect_right(self.tops[k], mid + 1)
            if n and self.ends[k][n - 1] >= mid - 1:
                return True
        return False


def boxes_between_rules(rules: list[Box], runs: list[Run]) -> tuple[list[Box], list[Box]]:
    """Boxes drawn by two rules, one right over the other with the same ends (a quote
    pulled between rules, set across the gutter with the columns' text beside it, or a
    ruled table's row): type stands wholly inside and none runs across an end, so their
    ends are the box's sides, and neither rule is a leader for the text beside it.
    -> (the boxes, the rules of none). An index's leaders, one a row, hold no type
    between them; rules a column's text runs across (one under a headline, one over a
    story's foot) are no box."""
    if len(rules) < 2 or not runs:
        return [], rules
    # rules of one extent, one under the next: a pair each; pairs at one height (a ruled
    # table's row, cell by cell) ask the runs between them once, by where they start
    bands: dict[tuple[float, float], list[tuple[Box, int, int]]] = {}
    ordered = sorted(range(len(rules)), key=lambda i: (round(rules[i][0]), round(rules[i][2])))
    for _, group in groupby(ordered, key=lambda i: (round(rules[i][0]), round(rules[i][2]))):
        found = sorted(group, key=lambda i: rules[i][1])
        for i, j in zip(found, found[1:], strict=False):
            up, low = rules[i], rules[j]
            if abs(up[0] - low[0]) <= _SAME_END and abs(up[2] - low[2]) <= _SAME_END:
                box = (max(up[0], low[0]), up[1], min(up[2], low[2]), low[3])
                bands.setdefault((up[3], low[1]), []).append((box, i, j))
    by_base = sorted(runs, key=lambda r: r.base)
    bases = [r.base for r in by_base]
    tall = max(r.bottom - r.top for r in runs)
    boxes: list[Box] = []
    boxed: set[int] = set()
    for (top, bottom), pairs in bands.items():
        near = by_base[bisect_left(bases, top) : bisect_right(bases, bottom + tall)]
        near = sorted((r for r in near if r.bottom > top and r.top < bottom), key=lambda r: r.x0)
        if not near:
            continue
        starts = [r.x0 for r in near]
        wide = max(r.x1 - r.x0 for r in near)
        for box, i, j in pairs:
            lo, hi = bisect_left(starts, box[0] - wide), bisect_right(starts, box[2])
            if _holds(box, top, bottom, near[lo:hi]):
                boxes.append(box)
                boxed.update((i, j))
    return boxes, [r for k, r in enumerate(rules) if k not in boxed]


def _holds(box: Box, top: float, bottom: float, near: list[Run]) -> bool:
    """Does type stand wholly inside a box between top and bottom, none across its ends?"""
    inside = False
    for r in near:
        for x in (box[0], box[2]):
            if r.x0 < x - _SAME_END and r.x1 > x + _SAME_END:
                return False  # text runs across the end: a column's, not a box's
        inside = inside or (
            r.top >= top and r.bottom <= bottom and r.x0 >= box[0] and r.x1 <= box[2]
        )
    return inside


class Leaders:
    """Horizontal rules by where they start and by their height, for finding a leader
    between two runs of a baseline: a dotted or ruled leader drawn as a path from a title
    to its page number ('새해 예산 5,800억 확정 ······ 3면'), at the height of their type,
    its ends within a size of both. A gap asks the fewer of the rules starting there and
    those at its height (an index's leaders start at one x, a row of them at one y)."""

    def __init__(self, rules: list[Box]):
        self.by_x = sorted(rules)
        self.xs = [r[0] for r in self.by_x]
        self.by_y = sorted(rules, key=lambda r: r[1] + r[3])
        self.ys = [(r[1] + r[3]) / 2 for r in self.by_y]

    def bridge(self, a: Run, b: Run, size: float) -> bool:
        i, j = bisect_left(self.xs, a.x1 - 1), bisect_right(self.xs, a.x1 + size)
        if i == j:  # no rule starts right after the run: most gaps ask only this
            return False
        top, bottom = max(a.top, b.top), min(a.bottom, b.bottom)
        k, m = bisect_left(self.ys, top), bisect_right(self.ys, bottom)
        near = self.by_x[i:j] if j - i <= m - k else self.by_y[k:m]
        return any(
            a.x1 - 1 <= r[0] <= a.x1 + size
            and b.x0 - size <= r[2] <= b.x0 + 1
            and top <= (r[1] + r[3]) / 2 <= bottom
            for r in near
        )
