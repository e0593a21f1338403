"""A chart drawn in a story's column: bars as filled boxes, or a pie's wedges as filled
shapes of curves around one centre, with its title, unit, legend, category and value
labels, axis ticks and source line set in type smaller than the body around them. Read
piece by piece, its labels were paragraphs of the story; a reader reads the chart as one
figure: one caption of the story where it stands, its rows from the top (each row's
pieces left to right), its last row its credit when it names its source ('자료=통계청'),
as a photo's credit line is. The source line closes the chart: nothing under it is the
chart's; nor is a byline, however near (the story's, set under its chart)."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from operator import itemgetter

from reader.ingest.byline_lines import bylines_in
from reader.pdf.blocks import Block
from reader.pdf.content import Box, Graphic, Picture, inside, union
from reader.pdf.lines import Line, merge_lines
from reader.pdf.parts import SMALLER, Atom

_BARS = 3  # filled boxes lined up: a bar chart's bars
_BAR = 2.0  # body sizes: a bar is thinner than this across its run
_EDGE = 1.0  # points: bars share the edge they grow from
_NEAR = 2.5  # label sizes: a label this near the chart grows it
_SIDE = 3.0  # body sizes: labels stand this far beside the bars (categories, values)
_CHARTS = 32  # charts a page reads (a poll's pies for 17 regions): each grows its labels
# from all the page's small type
SOURCE = re.compile(r"^(?:자료|출처|그래픽|Source)\s*[=:]")  # a figure's source line


def charts(
    graphics: list[Graphic], blocks: list[Block], size: float, grounds: Sequence[Box] = ()
) -> tuple[list[Atom], list[Block]]:
    """The charts among the page's shaded shapes and strokes (size: the body's), and the
    maps on the grounds given (`maps`): each an atom whose captions are its text (a block
    of rows, then its source row), and the blocks left."""
    shaded = [g for g in graphics if g.kind == "shade"]
    bars = _bars([g.box for g in shaded], size)
    small = [x for b in blocks if b.size < SMALLER * size for x in b.lines]
    pies = _pies([g.box for g in shaded if g.outline], size, small)
    marks = ([bars] if bars else []) + pies + plotted(graphics, size) + [[g] for g in grounds]
    marks = marks[:_CHARTS]
    atoms: list[Atom] = []
    for drawn in marks:
        area = union(drawn)
        small = [x for b in blocks if b.size < SMALLER * size for x in b.lines]
        taken = chart_labels(area, small, size)
        if not taken:
            continue
        ids = {id(x) for x in taken}
        blocks = [Block(keep) for b in blocks if (keep := [x for x in b.lines if id(x) not in ids])]
        rows = label_rows(taken)
        captions = (
            [Block(rows[:-1]), Block(rows[-1:])]
            if len(rows) > 1 and SOURCE.match(rows[-1].text)
            else [Block(rows)]
        )
        atoms.append(Atom("figure", union([area, *(x.box for x in taken)]), captions=captions))
    return atoms, blocks


_ACROSS = 0.5  # of a picture's width or height: a map's road or stream runs this far over it


def maps(graphics: list[Graphic], pictures: list[Picture], size: float) -> list[Picture]:
    """Pictures that are a map's ground: an open stroked path (a road, a stream) lies over
    the picture and runs across half of it or more. Its labels are read with it, as a
    chart's are: the picture is no photo. Each stroke asks only the pictures over its
    centre (a grid of cells a picture's size: pictures rarely overlap)."""
    if not pictures:
        return []
    placeable = all(math.isfinite(v) for p in pictures for v in p.box)
    sides = sorted(max(p.box[2] - p.box[0], p.box[3] - p.box[1]) for p in pictures)
    cell = max(sides[len(sides) // 2], 1.0)
    grid: dict[tuple[int, int], list[int]] = {}
    for k, p in enumerate(pictures if placeable else []):
        i0, j0, i1, j1 = (int(v // cell) for v in p.box)
        for i in range(i0, i1 + 1):
            for j in range(j0, j1 + 1):
                grid.setdefault((i, j), []).append(k)
    found: set[int] = set()
    for g in graphics:
        if g.kind != "stroke":
            continue
        s = g.box
        near: Sequence[int] = range(len(pictures))  # a box the grid cannot place: ask all
        if placeable and all(map(math.isfinite, s)):
            middle = (int((s[0] + s[2]) / 2 // cell), int((s[1] + s[3]) / 2 // cell))
            near = grid.get(middle, [])
        for k in near:
            b = pictures[k].box
            across = max((s[2] - s[0]) / (b[2] - b[0]), (s[3] - s[1]) / (b[3] - b[1]))
            if inside(s, pictures[k].box, _ACROSS * size) and across >= _ACROSS:
                found.add(k)
    return [p for k, p in enumerate(pictures) if k in found]


def wedges(graphics: list[Graphic], blocks: list[Block], size: float) -> set[Box]:
    """The shapes of the page's pies: no frames, though a donut holds its total."""
    small = [x for b in blocks if b.size < SMALLER * size for x in b.lines]
    shapes = [g.box for g in graphics if g.kind == "shade" and g.outline]
    return {b for pie in _pies(shapes, size, small) for b in pie}


def chart_labels(bars: Box, small: list[Line], size: float) -> list[Line]:
    """The chart's lines: grown from its bars (their box) by the lines near it and beside it,
    the nearest first (a chain of lines is taken in one pass); none under its source line
    when that stands under the bars, and no byline (a credit, '그래픽=NAME 기자', is the
    chart's)."""
    area = bars
    pool = sorted(
        (x for x in small if SOURCE.match(x.text) or not bylines_in(x.text)),
        key=lambda x: max(bars[1] - x.bottom, x.top - bars[3], 0.0),
    )
    floor = float("inf")  # the source line's foot
    taken: list[Line] = []
    grew = True
    while grew:
        grew, left = False, []
        for x in pool:
            beside = x.x0 >= area[0] - _SIDE * size and x.x1 <= area[2] + _SIDE * size
            near = x.top <= area[3] + _NEAR * x.size and x.bottom >= area[1] - _NEAR * x.size
            if beside and near and x.top < floor:
                taken.append(x)
                area = union([area, x.box])
                grew = True
                if SOURCE.match(x.text) and x.top >= bars[3]:
                    floor = min(floor, x.bottom)
            else:
                left.append(x)
        pool = [x for x in left if x.top < floor]
    return taken


def _bars(boxes: list[Box], size: float) -> list[Box]:
    """Three or more thin filled boxes growing from one edge, the left (bars across) or
    the foot (columns), not all of one length (a striped list's rows, a column of flags
    or a grid of cells are)."""
    across = [b for b in boxes if b[3] - b[1] <= _BAR * size]
    up = [b for b in boxes if b[2] - b[0] <= _BAR * size]
    for group, edge, end in ((across, 0, 2), (up, 3, 1)):
        group = sorted(group, key=lambda b: b[edge])  # boxes sharing an edge, by bisection
        edges = [b[edge] for b in group]
        tried: set[tuple[int, int]] = set()
        for b in group:
            window = bisect_left(edges, b[edge] - _EDGE), bisect_right(edges, b[edge] + _EDGE)
            if window[1] - window[0] < _BARS or window in tried:
                continue
            tried.add(window)
            same = [c for c in group[window[0] : window[1]] if abs(c[edge] - b[edge]) <= _EDGE]
            lengths = [abs(c[end] - c[edge]) for c in same]
            if len(same) >= _BARS and max(lengths) - min(lengths) > _EDGE:
                return same
    return []


_WEDGES = 3  # filled shapes about one centre: a pie's wedges
_ROUND = 0.2  # a pie's box is square within this share of its side
_CENTRE = 0.03  # of its side: every wedge's box reaches the pie's centre this near
_PIE = 2.0  # body sizes: a pie is at least this wide (no icon)


def _pies(shapes: list[Box], size: float, small: list[Line]) -> list[list[Box]]:
    """Pies: three or more filled shapes of curves whose boxes overlap in a square, each
    reaching its centre (every wedge has the centre for a corner). A glyph's outline in a
    row, a pictogram's cloud of discs, reach no common centre. A donut's wedges stop short
    of it, round a hole: each reaches within half the radius of the centre, and type
    smaller than the body stands in the hole (the total)."""
    out = []
    middles = sorted(((x.top + x.bottom) / 2, (x.x0 + x.x1) / 2) for x in small)
    for group in _overlapping(shapes):
        x0, y0, x1, y1 = union(group)
        w, h = x1 - x0, y1 - y0
        if len(group) < _WEDGES or w < _PIE * size or abs(w - h) > _ROUND * max(w, h):
            continue
        cx, cy, slack = (x0 + x1) / 2, (y0 + y1) / 2, _CENTRE * max(w, h)
        if all(
            b[0] - slack <= cx <= b[2] + slack and b[1] - slack <= cy <= b[3] + slack for b in group
        ):
            out.append(group)
        elif _ring(group, (cx, cy), max(w, h) / 2, middles):
            out.append(group)
    return out


_HOLE = 0.5  # of a donut's radius: its wedges reach this near its centre, its total in it


def _ring(
    group: list[Box], centre: tuple[float, float], radius: float, middles: list[tuple[float, float]]
) -> bool:
    """Wedges round a hole: each box within the hole's reach of the centre, and a line of
    small type (middles: their centres, by height) standing in the hole."""
    cx, cy = centre
    reach = _HOLE * radius
    near = all(
        max(b[0] - cx, cx - b[2], 0.0) <= reach and max(b[1] - cy, cy - b[3], 0.0) <= reach
        for b in group
    )
    lo, hi = bisect_left(middles, (cy - reach,)), bisect_right(middles, (cy + reach, float("inf")))
    return near and any(abs(mx - cx) <= reach for _, mx in middles[lo:hi])


_AXIS = 2.0  # body sizes: a line chart's axis rule stands this near under its line


def plotted(graphics: list[Graphic], size: float) -> list[list[Box]]:
    """Line charts: an open stroked path (a line through the values) two body sizes wide
    or more, over a rule as wide as it right under it (the axis, the years under it). A
    stroke with no such rule (a map's road, an ornament) is none."""
    axes = sorted((g.box for g in graphics if g.kind == "hrule"), key=itemgetter(1))
    tops = [b[1] for b in axes]
    out = []
    for g in graphics:
        b = g.box
        if g.kind != "stroke" or b[2] - b[0] < _PIE * size:
            continue
        lo, hi = bisect_left(tops, b[3] - _EDGE), bisect_right(tops, b[3] + _AXIS * size)
        axis = next((a for a in axes[lo:hi] if a[0] <= b[0] + _EDGE and a[2] >= b[2] - _EDGE), None)
        if axis is not None:
            out.append([b, axis])
    return out


def _overlapping(shapes: list[Box]) -> list[list[Box]]:
    """Shapes in groups that overlap, left to right: parted where nothing spans across
    (a pass over them sorted), each part where nothing spans down, and so on while parts
    part (pies one above another interleave across with each other's wedges)."""
    out: list[list[Box]] = []
    todo = [(shapes, 0, False)] if shapes else []
    while todo:
        group, axis, whole = todo.pop()
        parts = _spans(group, axis)
        if len(parts) > 1:
            todo += [(part, 1 - axis, False) for part in parts]
        elif whole:  # parted neither across nor down
            out.append(group)
        else:
            todo.append((group, 1 - axis, True))
    return sorted(out, key=min)


def _spans(boxes: list[Box], axis: int) -> list[list[Box]]:
    """Boxes in runs whose spans along an axis (0 across, 1 down) overlap, in order."""
    runs: list[list[Box]] = []
    end = 0.0
    for b in sorted(boxes, key=itemgetter(axis)):
        if runs and b[axis] <= end:
            runs[-1].append(b)
            end = max(end, b[axis + 2])
        else:
            runs.append([b])
            end = b[axis + 2]
    return runs


def label_rows(lines: list[Line]) -> list[Line]:
    """The pieces of each printed row as one line, rows from the top."""
    rows: list[list[Line]] = []
    for x in sorted(lines, key=lambda x: (x.base, x.x0)):
        if rows and abs(x.base - rows[-1][0].base) <= 0.3 * x.size:
            rows[-1].append(x)
        else:
            rows.append([x])
    out = []
    for row in rows:
        row.sort(key=lambda x: x.x0)
        line = row[0]
        for x in row[1:]:
            line = merge_lines(line, x)
        if len(row) > 1:  # a chart's pieces stand apart (a bar between): words apart
            line.text = " ".join(x.text for x in row)
        out.append(line)
    return out
