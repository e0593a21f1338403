"""A front's index of inner pages set as a strip (issue #12, round 15).

Some fronts print their index as a row of cells across the page, each the page and its
section over the story's headline ('3면 사회' over '달내천 물길 …'), a reversed label at
the row's left ('오늘의 주요 기사', white on a black box). The label is a shaded box, read as
an ad, and the cells a story without a head. A label of a few short lines with no number
to call, and right of it, level with it, a headless story whose paragraphs stand in two
cells or more, each opening with a page's number ('3면'), are one item: the label its
headline, each cell an entry, its lines joined by a space.
"""

from __future__ import annotations

from reader.ingest.ad import URL, has_phone
from reader.pdf.content import Box
from reader.pdf.frames import PAGE_REF
from reader.pdf.lines import Line
from reader.pdf.parts import Para, Region

_LABEL = 3  # lines: a label of more is a box of its own
_SHORT = 12  # characters a label's line holds at most
_NEAR = 3.0  # body sizes: the cells start this near the label's right side
_CELLS = 2  # cells opening with a page's number: one alone may be a 'see page 3'
_HEADS = ("headline", "sub", "deck")


def index_strips(items: list[Region], unit: float) -> list[Region]:
    """The items with each index strip's label and cells read as one item."""
    out = list(items)
    for label in [r for r in items if _label(r)]:
        assert label.box is not None
        row = next((r for r in out if _cells_of(r, label.box, unit)), None)
        if row is None:
            continue
        cells = _cells(row.paras, unit)
        if sum(bool(PAGE_REF.search(c[0].text + " ")) for c in cells) < _CELLS:
            continue
        heads = [x for p in label.paras for x in p.lines]
        paras = [Para("headline", heads, joins=[" "] * (len(heads) - 1))]
        paras += [Para("entry", c, joins=[" "] * (len(c) - 1)) for c in cells]
        at = min(out.index(label), out.index(row))
        out = [r for r in out if r is not label and r is not row]
        out.insert(at, Region("article", paras))
    return out


def _label(r: Region) -> bool:
    """A shaded box of a few short lines of text, no number to call or address."""
    lines = [x for p in r.paras for x in p.lines]
    return (
        r.kind == "ad"
        and r.box is not None
        and 0 < len(lines) <= _LABEL
        and all(p.role in ("text", "headline") for p in r.paras)
        and all(len(x.text.strip()) <= _SHORT for x in lines)
        and not any(has_phone(x.text) or URL.search(x.text) for x in lines)
    )


def _cells_of(r: Region, label: Box, unit: float) -> bool:
    """Is r a headless story standing wholly level with the label, right beside it?"""
    if r.kind != "article" or r.box is not None or not r.paras:
        return False
    if any(p.role in _HEADS or not p.lines for p in r.paras):
        return False
    boxes = [p.box for p in r.paras]
    x0, y0, x1, y1 = label
    level = all(y0 - unit <= b[1] and b[3] <= y1 + unit and b[0] >= x1 for b in boxes)
    return level and min(b[0] for b in boxes) - x1 <= _NEAR * unit


def _cells(paras: list[Para], unit: float) -> list[list[Line]]:
    """The paragraphs' lines gathered by the column they start in (left sides within a
    body size), left to right, each cell's lines from the top."""
    cells: list[list[Line]] = []
    for x in sorted((x for p in paras for x in p.lines), key=lambda x: x.x0):
        if cells and x.x0 - cells[-1][0].x0 <= unit:
            cells[-1].append(x)
        else:
            cells.append([x])
    return [sorted(c, key=lambda x: x.top) for c in cells]
