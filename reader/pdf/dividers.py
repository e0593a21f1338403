"""What stands between two runs of a baseline and parts or joins them: a vertical rule
or a frame's side (two lines), a leader drawn from a title to its page number (one)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.pdf.content import Box, Graphic, Run


class Sides:
    """Vertical rules and frames' sides by where they stand across the page, for finding
    those between two runs without trying every one (every gap between runs asks)."""

    def __init__(self, graphics: list[Graphic]):
        walls = [g.box for g in graphics if g.kind == "vrule"]
        walls += [
            (x, g.box[1], x, g.box[3])
            for g in graphics
            if g.kind in ("frame", "shade")
            for x in (g.box[0], g.box[2])
        ]
        found = sorted(walls)
        self.xs = [w[0] for w in found]
        self.walls = found

    def between(self, a: Run, b: Run) -> bool:
        """Is there a vertical rule or a frame's side between two runs of a baseline?"""
        mid = (a.top + a.bottom) / 2
        i, j = bisect_left(self.xs, a.x1 - 1), bisect_right(self.xs, b.x0 + 1)
        return any(w[1] - 1 <= mid <= w[3] + 1 for w in self.walls[i:j])


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
