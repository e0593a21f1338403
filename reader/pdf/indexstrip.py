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

from bisect import bisect_left, bisect_right

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
    stories = _Stories(items, unit)
    for label in [r for r in items if _label(r)]:
        assert label.box is not None
        row = stories.beside(label.box)
        if row is None:
            continue
        cells = _cells(row.paras, unit)
        if sum(bool(PAGE_REF.search(c[0].text + " ")) for c in cells) < _CELLS:
            continue
        stories.taken.add(id(row))
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


class _Stories:
    """The page's headless stories by their left side: a label asks those starting within
    its reach right of it, not every item of the page (a page of many boxes)."""

    def __init__(self, items: list[Region], unit: float) -> None:
        self.unit = unit
        self.taken: set[int] = set()  # stories read into a strip already
        self.by_left: list[tuple[float, int, list[Box], Region]] = []
        for k, r in enumerate(items):
            if r.kind != "article" or r.box is not None or not r.paras:
                continue
            if any(p.role in _HEADS or not p.lines for p in r.paras):
                continue
            boxes = [p.box for p in r.paras]
            if all(b[0] == b[0] for b in boxes):  # a side at no place (NaN) is beside none
                self.by_left.append((min(b[0] for b in boxes), k, boxes, r))
        self.by_left.sort(key=lambda e: e[0])
        self.lefts = [e[0] for e in self.by_left]

    def beside(self, label: Box) -> Region | None:
        """The first story (in reading order) standing wholly level with the label, right
        beside it (within _NEAR sizes of its right side)."""
        _, y0, x1, y1 = label
        unit, near = self.unit, _NEAR * self.unit
        lo = bisect_left(self.lefts, x1)
        hi = bisect_right(self.lefts, x1 + near + 1)  # a point's slack: asked exactly below
        found = [
            (k, r)
            for left, k, boxes, r in self.by_left[lo:hi]
            if all(y0 - unit <= b[1] and b[3] <= y1 + unit and b[0] >= x1 for b in boxes)
            and left - x1 <= near
            and id(r) not in self.taken
        ]
        return min(found, key=lambda e: e[0])[1] if found else None


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
