"""Tables: a grid of ruled lines, or lines whose pieces line up in columns.

A ruled table's columns are cut at its vertical rules and its rows at the
horizontal rules across it; each printed line goes to the cell its middle falls
in, so a cell's wrapped lines stay together. Without vertical rules, consecutive
baselines split into the same three or more pieces, one under another, are rows
of one table (one line per cell).
"""

from __future__ import annotations

from reader.pdf.content import Box, overlap
from reader.pdf.lines import Line

# sizes from a row's baseline to the next one's: a grid whose cells hold pictograms (a
# weather box's, 4.5 mm beside 7.5 pt type) steps 2.7; a step over 2.5 (a blank line under
# rows set 1.3 apart: the next listing) only where the rows step so (within a tenth)
_PITCH = 3.0
_LOOSE = 2.5
_SAME_STEP = 0.1

Rows = list[list[list[Line]]]


def cluster(values: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def ruled_table(lines: list[Line], rules: list[Box], frame: Box) -> tuple[Rows, Box] | None:
    """The grid the vertical rules inside a frame draw, with its lines in cells."""
    vrules = [r for r in rules if r[2] - r[0] <= 2.5 and r[3] - r[1] > 5]
    vrules = [r for r in vrules if frame[0] + 2 < (r[0] + r[2]) / 2 < frame[2] - 2]
    if not vrules:
        return None
    top = min(r[1] for r in vrules)
    bottom = max(r[3] for r in vrules)
    hrules = [
        r for r in rules if r[3] - r[1] <= 2.5 and top - 2 <= r[1] <= bottom + 2 and r[2] - r[0] > 5
    ]
    # Its sides: the rules across it, or else the frame's sides.
    crossing = [r for r in hrules if r[0] <= min(v[0] for v in vrules)]
    left = min(r[0] for r in crossing) if crossing else frame[0]
    right = max(r[2] for r in crossing) if crossing else frame[2]
    # The table's own sides may be ruled too: one edge, not an empty column.
    xs = cluster([left, *((r[0] + r[2]) / 2 for r in vrules), right], 3.0)
    ys = cluster([top, bottom, *((r[1] + r[3]) / 2 for r in hrules)], 2.0)
    # A table's top rule may sit above the vertical rules' top (its header's frame).
    area: Box = (left, ys[0], right, ys[-1])
    rows: Rows = [[[] for _ in xs[:-1]] for _ in ys[:-1]]
    taken = False
    for line in lines:
        cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
        if not (area[0] <= cx <= area[2] and area[1] <= cy <= area[3]):
            continue
        r = max(i for i, y in enumerate(ys[:-1]) if y <= cy)
        c = max(i for i, x in enumerate(xs[:-1]) if x <= cx)
        rows[r][c].append(line)
        taken = True
    if not taken:
        return None
    kept = [row for row in rows if any(row)]
    for row in kept:
        for cell in row:
            cell.sort(key=lambda x: (x.top, x.x0))
    return kept, area


def aligned_table(lines: list[Line]) -> tuple[Rows, Box] | None:
    """Two or more consecutive baselines with the same pieces in the same columns."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda x: (x.base, x.x0)):
        if rows and abs(line.base - rows[-1][0].base) <= 0.3 * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    best: list[list[Line]] = []
    run: list[list[Line]] = []
    for row in rows:
        step = run[-1][0].base - run[-2][0].base if len(run) >= 2 else None
        if len(row) >= 2 and run and _aligned(run[-1], row, step):
            run.append(row)
        else:
            run = [row] if len(row) >= 2 else []
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2 or len(best[0]) < 3:
        return None  # two pieces a line are a label and its value, not a table
    cells: Rows = [[[piece] for piece in row] for row in best]
    flat = [x for row in best for x in row]
    area = (min(x.x0 for x in flat), min(x.top for x in flat), max(x.x1 for x in flat),
            max(x.bottom for x in flat))  # fmt: skip
    return cells, area


def _aligned(a: list[Line], b: list[Line], step: float | None) -> bool:
    """Row b goes on from row a: as many pieces, one under another, a row's step under it
    (step: the table's own so far)."""
    gap = b[0].base - a[0].base
    if len(a) != len(b) or gap > _PITCH * b[0].size:
        return False
    if gap > _LOOSE * b[0].size and step is not None and abs(gap - step) > _SAME_STEP * step:
        return False
    return all(overlap(p.x0, p.x1, q.x0, q.x1) > 0 for p, q in zip(a, b, strict=True)) and all(
        _ahead(a, i, q) for i, q in enumerate(b)
    )


def _ahead(row: list[Line], i: int, q: Line) -> bool:
    """Piece q overlaps only the i-th piece of the row above (a column, not prose)."""
    return all(overlap(p.x0, p.x1, q.x0, q.x1) <= 0 for j, p in enumerate(row) if j != i)
