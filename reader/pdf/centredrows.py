"""A table of cells set centred, each a stack of short lines (issue #12, round 15).

A rate strip sets each currency as a cell of lines centred one over another (the name,
the rate, the change), the cells side by side: their lines share baselines across the
cells but no left or right edges, so no column is found by its edges (`tables.py`). Three
rows or more of three pieces or more, each piece centred over the piece of the row above
(within a size), the rows a pitch apart, are a table, a row a printed line across the
cells; a line of the middle rows standing left of every column is its title.
"""

from __future__ import annotations

from reader.pdf.blocks import Block
from reader.pdf.content import union
from reader.pdf.lines import Line
from reader.pdf.parts import Atom

_BASE = 0.3  # sizes: pieces whose baselines lie this near are on one line
_COLUMNS = 3  # pieces a row: fewer are a pair of labels
_ROWS = 3  # rows: fewer are a caption's lines side by side
_PITCH = 2.5  # sizes: the rows stand this near one another
_SHORT = 12  # characters a cell holds at most


def centred_table(blocks: list[Block]) -> tuple[list[Atom], list[Block]]:
    """The table of centred cells among the blocks' lines, as an atom (its title the
    atom's block), and the blocks with its lines taken out; or none and the blocks."""
    lines = sorted((x for b in blocks for x in b.lines), key=lambda x: (x.base, x.x0))
    rows: list[list[Line]] = []
    for x in lines:
        if rows and abs(x.base - rows[-1][0].base) <= _BASE * x.size:
            rows[-1].append(x)
        else:
            rows.append([x])
    best: list[list[Line]] = []
    title: Line | None = None
    k = 0
    while k < len(rows):  # a run's rows open no longer run: each row is asked once
        found, head = _run(rows, k)
        if len(found) > len(best):
            best, title = found, head
        k += max(len(found), 1)
    if len(best) < _ROWS:
        return [], blocks
    taken = {id(x) for row in best for x in row} | ({id(title)} if title else set())
    box = union([x.box for row in best for x in row])
    atom = Atom("table", box, block=Block([title]) if title else None)
    atom.rows = [[[x] for x in sorted(row, key=lambda x: x.x0)] for row in best]
    rest = [Block(left) for b in blocks if (left := [x for x in b.lines if id(x) not in taken])]
    return [atom], rest


def _run(rows: list[list[Line]], k: int) -> tuple[list[list[Line]], Line | None]:
    """The rows from k down whose pieces stand centred under row k's, and the title: one
    piece more in a row, left of every column."""
    first = sorted(rows[k], key=lambda x: x.x0)
    if len(first) < _COLUMNS or any(len(x.text.strip()) > _SHORT for x in first):
        return [], None
    mids = [(x.x0 + x.x1) / 2 for x in first]
    out, title = [first], None
    for row in rows[k + 1 :]:
        if row[0].top - out[-1][-1].bottom > _PITCH * row[0].size:
            break
        pieces = sorted(row, key=lambda x: x.x0)
        head = None
        if len(pieces) == len(mids) + 1 and title is None and pieces[0].x1 < first[0].x0:
            head, pieces = pieces[0], pieces[1:]
        if len(pieces) != len(mids) or any(
            abs((x.x0 + x.x1) / 2 - m) > x.size or len(x.text.strip()) > _SHORT
            for x, m in zip(pieces, mids, strict=True)
        ):
            break
        out.append(pieces)
        title = title or head
    return out, title
