"""Rows of a table without rules that leave a cell empty: a total row ('합계' with no
minutes, its figures under theirs) has fewer pieces than the table has columns, so it
never lines up piece for piece (`tables.aligned_table`) and was read as a line of text,
its figures run together. A line right under the rows, on their step, whose pieces each
stand under one column and no two under the same, is a row of the table with its empty
cells as empty slots."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.pdf.content import overlap
from reader.pdf.lines import Line
from reader.pdf.tables import Rows

_ON_STEP = 0.3  # sizes: a baseline this near the rows' next step is on it


def rows_under(
    small: list[Line], rows: Rows, spans: list[tuple[float, float]], taken: set[int]
) -> Rows:
    """The rows with empty cells right under the table, each on the rows' step (their
    pieces join `taken`). Lines are looked up by baseline, so many such rows stay linear."""
    out: Rows = []
    if len(rows) < 2 or not small:
        return out
    lines = sorted(small, key=lambda x: x.base)
    bases = [x.base for x in lines]
    reach = _ON_STEP * max(x.size for x in lines)
    step = rows[-1][0][0].base - rows[-2][0][0].base
    base = rows[-1][0][0].base
    while step > 0:
        want = base + step
        near = lines[bisect_left(bases, want - reach) : bisect_right(bases, want + reach)]
        pieces = sorted(
            (x for x in near if id(x) not in taken and abs(x.base - want) <= _ON_STEP * x.size),
            key=lambda x: x.x0,
        )
        if not 2 <= len(pieces) < len(spans):
            return out
        slots: list[list[Line]] = [[] for _ in spans]
        for x in pieces:
            under = [k for k, (a, b) in enumerate(spans) if overlap(a, b, x.x0, x.x1) > 0]
            if len(under) != 1 or slots[under[0]]:
                return out
            slots[under[0]] = [x]
        out.append(slots)
        taken |= {id(x) for x in pieces}
        base = want
    return out
