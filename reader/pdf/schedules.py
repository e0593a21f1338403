"""A broadcast schedule set as a ruled grid (a TV page's '편성표'): a table whose header
row names a channel over each column but the first, and whose first column keys every
row by a time ('06:00'), read a channel at a time, as the text ingest reads a schedule
printed as a list: a "listing" region of the story's title, then each channel's name
over its programmes, each an entry '06:00 프로그램' (listingitems.py hands it to
`split_listing`). A table of figures (years over its columns, numbers down its first)
stays a table."""

from __future__ import annotations

from reader.ingest.listing import keyed_entry
from reader.pdf.lines import Line
from reader.pdf.parts import Para, Region

_MIN_CHANNELS = 2
_MIN_TIMES = 3  # rows keyed by a time


def schedule_regions(items: list[Region]) -> list[Region]:
    """Each story whose table is a schedule read as one listing region."""
    out: list[Region] = []
    for r in items:
        rows = [p for p in r.paras if p.role == "row"]
        if r.kind != "article" or not rows or not _schedule(rows):
            out.append(r)
            continue
        paras: list[Para] = []
        for p in r.paras:
            if p.role != "row":
                paras.append(Para("body", list(p.lines), joins=list(p.joins)))
            elif p is rows[0]:
                paras += _channels(rows)
        out.append(Region("listing", paras, r.box))
    return out


def _schedule(rows: list[Para]) -> bool:
    head, keyed = rows[0].cells, [row.cells for row in rows[1:]]
    if len(head) <= _MIN_CHANNELS or head[0] or not all(head[1:]):
        return False  # no corner left empty over the times, or a channel unnamed
    if len(keyed) < _MIN_TIMES or any(len(cells) != len(head) for cells in keyed):
        return False
    return all(_keyed(cells) for cells in keyed)


def _keyed(cells: list[list[Line]]) -> bool:
    """Is the row's first cell a time alone, the row read as the text ingest's schedule
    entry (the time before the programme after it)?"""
    time = _text(cells[0])
    show = next((_text(c) for c in cells[1:] if c), "")
    return " " not in time and keyed_entry(f"{time} {show}")


def _text(cell: list[Line]) -> str:
    return " ".join(x.text for x in cell)


def _channels(rows: list[Para]) -> list[Para]:
    """A channel's name, then each of its programmes after the time of its row."""
    out: list[Para] = []
    for c, name in enumerate(rows[0].cells[1:], start=1):
        out.append(Para("body", list(name), joins=[" "] * (len(name) - 1)))
        for row in rows[1:]:
            time, show = row.cells[0], row.cells[c]
            if show:
                lines = time + show
                out.append(Para("body", lines, joins=[" "] * (len(lines) - 1)))
    return out
