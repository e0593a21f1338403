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

from reader.ingest.repair import TERMINAL
from reader.pdf.blocks import Block
from reader.pdf.content import union
from reader.pdf.lines import Line
from reader.pdf.parts import Atom
from reader.pdf.tables import aligned_table

_SMALLER = 0.97  # of the body size: a listing is set smaller than the body
_ROWS = 3
_SHORT = 12  # characters: a listing's cells are figures and names, a caption's lines longer
_ABOVE = 2.5  # sizes: a header or title this near above the rows belongs to them
_FIGURE = re.compile(r"\d")


def gridless_table(blocks: list[Block], size: float) -> tuple[list[Atom], list[Block]]:
    """The table among the blocks (size: the body's), as an atom with its rows, its title
    block (if any) and its box, and the blocks with its lines taken out."""
    small = [x for b in blocks if b.size < _SMALLER * size for x in b.lines]
    found = aligned_table(small)
    if found is None:
        return [], blocks
    rows, area = found
    cells = [c[0] for row in rows for c in row]
    if len(rows) < _ROWS or median(len(x.text.replace(" ", "")) for x in cells) > _SHORT:
        return [], blocks
    if not any(all(_FIGURE.search(row[k][0].text) for row in rows) for k in range(len(rows[0]))):
        return [], blocks
    spans = [
        (min(r[k][0].x0 for r in rows), max(r[k][0].x1 for r in rows)) for k in range(len(rows[0]))
    ]
    taken = {id(x) for x in cells}
    header = _header(small, rows[0][0][0], spans, taken)
    if header is not None:
        rows = [header, *rows]
        taken |= {id(c[0]) for c in header if c}
    top = min(c[0].top for c in rows[0] if c)
    title = _title(blocks, top, area[0], rows[0][0][0].size if rows[0][0] else size, taken)
    lines = [c[0] for row in rows for c in row if c]
    rest = [Block(keep) for b in blocks if (keep := [x for x in b.lines if id(x) not in taken])]
    if title is not None:
        rest = [b for b in rest if b.lines != title.lines]
        lines += title.lines
    atom = Atom("table", union([x.box for x in lines]), block=title, rows=rows)
    return [atom], rest


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
