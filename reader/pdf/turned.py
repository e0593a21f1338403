"""Type set turned: a quarter (a photo's credit up its side, a label along a page's edge),
or at a slant (a chart's axis label at 45 degrees, a stamp, type upside down). PDFium
places each glyph at its origin on the turned baseline, which a page read across takes
for glyphs one under another or stepping down, a run each ('사', '진', '=' ...). A text
object so turned (glyphs.py tells it from the matrix it reads anyway) is one run read
along its baseline, a line of its own; and such a line set down the page (or one set
glyph under glyph) in small type along a picture's side is the photo's credit."""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from math import hypot

import pypdfium2.raw as raw

from reader.pdf.blocks import Block
from reader.pdf.content import Box, Run, union
from reader.pdf.glyphs import PageGlyphs
from reader.pdf.lines import Line, down_a_column

_NARROW = 1.5  # sizes: a line set down the page is no wider than this
_SIDE = 1.5  # its sizes between a picture's side and its credit set along it
_SPACES = re.compile(r"\s+")


def turned_runs(
    glyphs: PageGlyphs, text: str, objects: dict[int, list[int]], left: float, top: float
) -> list[Run]:
    """Each text object set turned (address -> the indices of its characters in
    the text page, clips.blanked) one run: its text along its baseline, its box its
    glyphs', its size the font size by the glyphs' matrix (both in the page's space, as
    the text page gives them: an object inside a placed form keeps its own), its font
    the glyphs' (glyphs: the page's, read on the same text page)."""
    out = []
    tp = ctypes.cast(glyphs.tp, raw.FPDF_TEXTPAGE)
    m, size_ref = raw.FS_MATRIX(), ctypes.c_float()
    x0, x1, y0, y1 = (ctypes.c_double() for _ in range(4))
    for address, indices in objects.items():
        chars = "".join(text[i] for i in indices)
        words = _SPACES.sub(" ", chars).strip()
        boxes = []
        for i in indices:
            if not text[i].isspace() and raw.FPDFText_GetCharBox(tp, i, x0, x1, y0, y1):
                boxes.append((x0.value - left, top - y1.value, x1.value - left, top - y0.value))
        if not words or not boxes:
            continue
        obj = ctypes.cast(ctypes.c_void_p(address), raw.FPDF_PAGEOBJECT)
        raw.FPDFTextObj_GetFontSize(obj, ctypes.byref(size_ref))
        raw.FPDFText_GetMatrix(tp, indices[0], ctypes.byref(m))
        size = size_ref.value * hypot(m.c, m.d)
        a, b, c, d = union(boxes)
        face = glyphs.font_name(indices[0])
        out.append(Run(a, b, c, d, d, round(size, 2), face, words, c, turned=True))
    return out


def set_down(line: Line) -> bool:
    """A line set down the page (turned, or glyph under glyph): tall and narrow."""
    return down_a_column(line) and line.x1 - line.x0 <= _NARROW * line.size


def side_credits(pictures: list[Box], blocks: list[Block], body: float) -> dict[int, Block]:
    """Picture (by index) -> the line set down the page along its left or right side, in
    type smaller than the body, within the picture's height: the photo's credit. The
    lines so set are few; each picture asks the fewer of those standing near its sides
    and those within its height (bisection: photos in a row, or in a column), skipping
    those taken (photos drawn one over another would ask them all)."""
    down = [b for b in blocks if len(b.lines) == 1 and set_down(b.lines[0]) and b.size < body]
    by_x = sorted(down, key=lambda b: b.x0)
    xs = [b.x0 for b in by_x]
    by_y = sorted(down, key=lambda b: b.top)
    ys = [b.top for b in by_y]
    at_x, at_y = _Untaken(by_x), _Untaken(by_y)
    out: dict[int, Block] = {}
    reach = _SIDE * body
    for k, (x0, y0, x1, y1) in enumerate(pictures):
        sides = [(bisect_left(xs, x1 - reach), bisect_right(xs, x1 + reach))]
        sides.append((bisect_left(xs, x0 - 2 * reach), bisect_right(xs, x0)))
        i, j = bisect_left(ys, y0 - body), bisect_right(ys, y1)
        near: Iterator[Block]
        if sum(b - a for a, b in sides) <= j - i:
            near = (b for a, c in sides for b in at_x.within(a, c))
        else:
            near = at_y.within(i, j)
        for b in near:
            gap = min(abs(b.x0 - x1), abs(x0 - b.x1))
            if gap <= _SIDE * b.size and b.top >= y0 - b.size and b.bottom <= y1 + b.size:
                out[k] = b
                at_x.take(b)
                at_y.take(b)
                break
    return out


class _Untaken:
    """A sorted list's blocks not yet taken, read in order: a taken one points past
    itself (and the chain is shortened as it is read), so none is passed twice."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.at = {id(b): k for k, b in enumerate(blocks)}
        self.next = list(range(len(blocks) + 1))

    def _first(self, k: int) -> int:
        root = k
        while self.next[root] != root:
            root = self.next[root]
        while self.next[k] != root:  # shorten the chain read
            self.next[k], k = root, self.next[k]
        return root

    def within(self, a: int, b: int) -> Iterator[Block]:
        k = self._first(a)
        while k < b:
            yield self.blocks[k]
            k = self._first(k + 1)

    def take(self, block: Block) -> None:
        k = self.at[id(block)]
        self.next[k] = k + 1
