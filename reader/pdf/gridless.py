"""A table set without rules outside a frame: a stock-quotation or TV-schedule block in
small type whose columns are only aligned (names flush left, figures flush right).

Its rows are lines of type smaller than the body that line up in three columns or more
over three rows or more (`tables.aligned_table`), their cells short (figures, names: a
caption's lines side by side are long), one column a figure in every row (a price, a
score, a time: narrow columns of small prose on one baseline grid have none). The line
right above them whose pieces each stand in a column, or in the gap between two (a
header cell over both: its text in the first slot, the second empty, as a reader reads
the grid), is its header; a one-line block right above that, flush with its left, is its
title. Read as an item of its own: the title its headline, a row a paragraph, its cells
apart by tabs."""

from __future__ import annotations

import re
from statistics import median

from reader.ingest.listing import keyed_entry
from reader.ingest.repair import TERMINAL
from reader.pdf.blocks import Block
from reader.pdf.content import union
from reader.pdf.emptycells import rows_under
from reader.pdf.lines import Line
from reader.pdf.parts import SMALLER, Atom
from reader.pdf.tables import aligned_table

_ROWS = 3
_COLUMNS = 3  # a table's columns, at the least (two pieces a line: a label and its value)
_PIECE = 8  # characters: a body whose lines are this short (median) is a listing's cells
_TABLES = 32  # tables a page
_SHORT = 12  # characters: a listing's cells are figures and names, a caption's lines longer
_ABOVE = 2.5  # sizes: a header or title this near above the rows belongs to them
_FIGURE = re.compile(r"\d")


def gridless_table(blocks: list[Block], size: float) -> tuple[list[Atom], list[Block]]:
    """The tables among the blocks (size: the body's), each an atom with its rows, its
    title block (if any) and its box, and the blocks with their lines taken out. Each
    table found leaves the pool and the rest is asked again (tables at other heights),
    up to `_TABLES`. Type the body's size counts where the body is set in a listing's
    pieces (a page of stock prices has no other body)."""
    body = [x for b in blocks if SMALLER * size <= b.size <= size / SMALLER for x in b.lines]
    pieces = body and median(_chars(x) for x in body) <= _PIECE
    limit = size / SMALLER if pieces else SMALLER * size
    atoms: list[Atom] = []
    for _ in range(_TABLES):
        found, blocks = _tables(blocks, size, limit)
        if not found:
            break
        atoms += found
    return atoms, blocks


def _tables(blocks: list[Block], size: float, limit: float) -> tuple[list[Atom], list[Block]]:
    """The longest run of rows lined up among lines smaller than `limit`: one table, or
    several side by side where its header repeats (each its own header over its columns)."""
    # An entry keyed by its own time ('06:00 HBS 뉴스광장': a schedule printed channel by
    # channel, its channels side by side) is a listing's, never a table's cell.
    small = [x for b in blocks if b.size < limit for x in b.lines if not keyed_entry(x.text)]
    found = aligned_table(small)
    if found is None:
        return [], blocks
    rows, _ = found
    header: list[list[Line]] | None = None
    if not _figures(rows) and _figures(rows[1:]):
        header, rows = rows[0], rows[1:]  # the header set on the rows' own grid: labels
    cells = [c[0] for row in rows for c in row]
    if len(rows) < _ROWS or median(_chars(x) for x in cells) > _SHORT or not _figures(rows):
        return [], blocks
    spans = [
        (min(r[k][0].x0 for r in rows), max(r[k][0].x1 for r in rows)) for k in range(len(rows[0]))
    ]
    taken = {id(x) for x in cells}
    rows = rows + rows_under(small, rows, spans, taken)  # a total row with an empty cell
    if header is None:
        header = _header(small, rows[0][0][0], spans, taken)
    if header is not None:
        taken |= {id(c[0]) for c in header if c}
    atoms = []
    for a, b in _parts(header, len(spans)):
        part = [row[a:b] for row in rows]
        if header is not None:
            part = [header[a:b], *part]
        top = min(c[0].top for c in part[0] if c)
        first = part[0][0][0].size if part[0][0] else size
        title = _title(blocks, top, spans[a][0], first, taken)
        lines = [c[0] for row in part for c in row if c]
        if title is not None:
            taken |= {id(x) for x in title.lines}
            lines += title.lines
        atoms.append(Atom("table", union([x.box for x in lines]), block=title, rows=part))
    rest = [Block(keep) for b in blocks if (keep := [x for x in b.lines if id(x) not in taken])]
    return atoms, rest


def _parts(header: list[list[Line]] | None, columns: int) -> list[tuple[int, int]]:
    """The column ranges of tables set side by side on one baseline grid: the header's
    labels repeated, k times (each three columns or more); else the one table."""
    if header is not None:
        labels = [c[0].text if c else "" for c in header]
        for width in range(_COLUMNS, columns // 2 + 1):
            if columns % width == 0 and labels[:width] * (columns // width) == labels:
                return [(a, a + width) for a in range(0, columns, width)]
    return [(0, columns)]


def _figures(rows: list[list[list[Line]]]) -> bool:
    """Does one column hold a figure in every row (a price, a score, a time)?"""
    return bool(rows) and any(
        all(_FIGURE.search(r[k][0].text) for r in rows) for k in range(len(rows[0]))
    )


def _chars(x: Line) -> int:
    return len(x.text.replace(" ", ""))


def _header(
    small: list[Line], first: Line, spans: list[tuple[float, float]], taken: set[int]
) -> list[list[Line]] | None:
    """The line right above the rows whose pieces each stand in a column, or in the gap
    between two columns (a cell over both); labels, none the end of a sentence (a
    forecast's wrapped last line over a weather box's cities)."""
    above = [
        x for x in small if id(x) not in taken and 0 < first.base - x.base <= _ABOVE * first.size
    ]
    if any(TERMINAL.search(x.text) for x in above):
        return None
    if not above:
        return None
    base = max(x.base for x in above)
    pieces = sorted((x for x in above if abs(x.base - base) <= 0.3 * x.size), key=lambda x: x.x0)
    slots: list[list[Line]] = [[] for _ in spans]
    for x in pieces:
        mid = (x.x0 + x.x1) / 2
        k = next((k for k, (a, b) in enumerate(spans) if a <= mid <= b), None)
        if k is None:  # between two columns: a cell over both, its text in the first
            k = next(
                (k for k in range(len(spans) - 1) if spans[k][1] < mid < spans[k + 1][0]), None
            )
        if k is None or slots[k]:
            return None
        slots[k] = [x]
    return slots


def _title(
    blocks: list[Block], top: float, left: float, size: float, taken: set[int]
) -> Block | None:
    """A one-line block right above the table, flush with its left edge."""
    for b in blocks:
        if len(b.lines) == 1 and id(b.lines[0]) not in taken:
            if 0 <= top - b.bottom <= _ABOVE * size and abs(b.x0 - left) <= size:
                return b
    return None
