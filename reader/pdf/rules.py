"""Rules as drawn into rules and frames: a rule drawn in pieces end to end is one rule;
four rules meeting at their ends close a box, a frame as a stroked rectangle is."""

from __future__ import annotations

from itertools import pairwise

from reader.pdf.content import Box, Graphic, inside

_TOUCH = 0.5  # points: rule pieces this near end to end, on one line, are one rule


def joined_rules(graphics: list[Graphic]) -> list[Graphic]:
    """A rule drawn in pieces end to end is one rule: a web renderer draws a table's
    borders cell by cell, and a piece spans only its own cell."""
    out = [g for g in graphics if g.kind not in ("hrule", "vrule")]
    for kind, a in (("hrule", 0), ("vrule", 1)):  # a: the axis the rule runs along
        b = 1 - a
        pieces = sorted((g.box for g in graphics if g.kind == kind), key=lambda x: x[b])
        # One line: pieces whose edges lie within the touch of its first piece's (no
        # rounding to a grid, which would part pieces either side of a step).
        lines: list[list[Box]] = []
        for box in pieces:
            line = next((x for x in lines if _on_line(box, x[0], b)), None)
            if line is None:
                lines.append([box])
            else:
                line.append(box)
        for line in lines:
            cur: list[float] | None = None
            for box in sorted(line, key=lambda x: x[a]):
                if cur is not None and box[a] <= cur[a + 2] + _TOUCH:
                    cur[a + 2] = max(cur[a + 2], box[a + 2])
                    continue
                if cur is not None:
                    out.append(Graphic(kind, (cur[0], cur[1], cur[2], cur[3])))
                cur = list(box)
            if cur is not None:
                out.append(Graphic(kind, (cur[0], cur[1], cur[2], cur[3])))
    return out


def _on_line(box: Box, first: Box, b: int) -> bool:
    return box[b] - first[b] <= _TOUCH / 2 and abs(box[b + 2] - first[b + 2]) <= _TOUCH / 2


_CORNER = 1.5  # points: rules whose ends lie this near meet at a corner


def ruled_boxes(graphics: list[Graphic]) -> list[Graphic]:
    """Four rules meeting at their ends close a box, a frame like a stroked rectangle (a
    word processor draws a framed table cell's border as four lines). Only the outermost:
    a ruled table inside it, or inside a frame or shaded box, stays rules. A box that
    rules cross from side to side both ways is a ruled table, no frame; one crossed one
    way only is frames side by side (or stacked) that share their edges."""
    hs = [g.box for g in graphics if g.kind == "hrule"]
    vs = [g.box for g in graphics if g.kind == "vrule"]
    found: list[tuple[Box, list[Box]]] = []
    for top in hs:
        for bottom in hs:
            if (
                bottom[1] <= top[3] + _CORNER
                or abs(bottom[0] - top[0]) > _CORNER
                or abs(bottom[2] - top[2]) > _CORNER
            ):
                continue
            sides = [_side(vs, x, top, bottom) for x in (top[0], top[2])]
            if sides[0] is not None and sides[1] is not None:
                box = (min(top[0], sides[0][0]), top[1], max(top[2], sides[1][2]), bottom[3])
                found.append((box, [top, bottom, sides[0], sides[1]]))
    held = [g.box for g in graphics if g.kind in ("frame", "shade")]
    frames: list[Box] = []
    used: set[Box] = set()
    for box, rules in found:
        if any(inside(box, o, 0.0) for o in held) or any(
            o != box and inside(box, o, 0.0) for o, _ in found
        ):
            continue
        across = (
            [h for h in hs if _across(h, box, 0, rules)],
            [v for v in vs if _across(v, box, 1, rules)],
        )
        if across[0] and across[1]:
            continue  # a grid: a table
        frames.extend(_parts(box, across[0], 1) if across[0] else _parts(box, across[1], 0))
        used.update(rules, *across)
    if not frames:
        return graphics
    return [g for g in graphics if g.box not in used] + [Graphic("frame", b) for b in frames]


def _across(rule: Box, box: Box, a: int, own: list[Box]) -> bool:
    """Does the rule (running along axis a), not one of the box's own, cross its inside
    from side to side?"""
    if rule in own:
        return False
    b = 1 - a
    mid = (rule[b] + rule[b + 2]) / 2
    return (
        rule[a] <= box[a] + _CORNER
        and rule[a + 2] >= box[a + 2] - _CORNER
        and box[b] + _CORNER < mid < box[b + 2] - _CORNER
    )


def _parts(box: Box, cuts: list[Box], b: int) -> list[Box]:
    """The box cut along axis b at the rules' midlines; an edge drawn twice, once by each
    box, leaves no sliver between."""
    edges = [box[b], *sorted((c[b] + c[b + 2]) / 2 for c in cuts), box[b + 2]]
    out: list[Box] = []
    for lo, hi in pairwise(edges):
        if hi - lo <= 2 * _CORNER:
            continue
        part = list(box)
        part[b], part[b + 2] = lo, hi
        out.append((part[0], part[1], part[2], part[3]))
    return out


def _side(vs: list[Box], x: float, top: Box, bottom: Box) -> Box | None:
    """The vertical rule at x from top's line to bottom's, if one is drawn."""
    for v in vs:
        if (
            v[0] - _CORNER <= x <= v[2] + _CORNER
            and abs(v[1] - top[1]) <= _CORNER
            and abs(v[3] - bottom[3]) <= _CORNER
        ):
            return v
    return None
