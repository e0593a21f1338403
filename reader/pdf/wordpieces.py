"""PDFium's words -> pieces placed by their glyphs: a word whose first and last glyph
show it whole (in order, on one line, in one size, no wider than its glyphs could be) is
one piece; any other is read glyph by glyph and cut where its glyphs step back, jump or
change line or size. Per-character ctypes calls dominate extraction, so a word's two
ends are read through prototypes taking plain addresses."""

from __future__ import annotations

import re

from reader.pdf.calls import C_X, C_Y, OBJECT, ORIGIN, c_x, c_y
from reader.pdf.doubles import DOUBLE
from reader.pdf.glyphs import PageGlyphs
from reader.pdf.wordspace import Piece

# A piece (and a run, runs.py) ends where the next glyph is not beside the last one on
# the same line.
SAME_LINE = 0.2  # baseline shift, in font sizes
JUMP = 0.6  # the widest gap inside a run
_WIDEST = 1.5  # font sizes: no glyph of a word set in order is wider (1.1 typical)
SAME_SIZE = 0.05  # sizes this close (relative) are one size

_WORD = re.compile(r"\S+")
_REPEAT = re.compile(r"(.)\1")
_SPAN = re.Match.span


def pieces(g: PageGlyphs) -> list[Piece]:
    """PDFium's words, each cut into glyphs when its glyphs do not stand in order side by
    side in one size (text placed glyph by glyph). A word's first and last glyph show the
    whole word when they stand in order, on one line and no wider than its glyphs could
    be; only the glyphs of other words are read one by one. (PageGlyphs.read and .right
    inlined: this loop runs once a word, and its origins go to two reused doubles.)"""
    text, widths, objects, tp = g.text, g.widths, g.objects, g.tp
    origin, text_object, x_at, y_at, x, y = ORIGIN, OBJECT, C_X, C_Y, c_x, c_y
    out: list[Piece] = []
    append = out.append
    prev = -1  # the text object of the last glyph read, and its font, scale and size:
    font, scale, h = 0, 0.0, 0.0  # most words end in the object the word before did
    for s, e in map(_SPAN, _WORD.finditer(text)):
        last = e - 1
        origin(tp, last, x_at, y_at)
        xl, yl = x.value, y.value
        ob = text_object(tp, last) or 0
        same = ob == prev
        if not same:
            info = objects.get(ob)
            if info is None:
                info = objects[ob] = g.object(last, ob)
            font, scale, h = info
            prev = ob
        w = widths.get((font, text[last]))
        if w is None:
            w = widths[font, text[last]] = g.width_at(xl, last, font, scale)
        x1 = xl + w * scale
        if last == s:
            append((s, e, True, xl, x1, yl, h))
            continue
        origin(tp, s, x_at, y_at)
        x0, y0 = x.value, y.value
        # PDFium lists a text object's characters together: a word that ends in the
        # object the word before it ended in lies wholly in it.
        if same:
            first, h0 = ob, h
        else:
            first = text_object(tp, s) or 0
            if first not in objects:
                objects[first] = g.object(s, first)
            h0 = objects[first][2]
        if (
            xl >= x0
            and abs(yl - y0) <= SAME_LINE * h0
            and abs(h - h0) <= SAME_SIZE * h0
            and x1 - x0 <= _WIDEST * (e - s) * h0
            and not _REPEAT.search(text, s, e)  # a letter twice may be one drawn twice
        ):
            append((s, e, True, x0, x1, y0, h0))
        else:
            g.keep(s, x0, y0, first)
            g.keep(last, xl, yl, ob)
            out.extend(_glyph_pieces(g, s, e))
    return out


def _glyph_pieces(g: PageGlyphs, s: int, e: int) -> list[Piece]:
    """A word whose two ends do not show it whole, read glyph by glyph: cut into glyphs
    where the next one steps back, jumps, stands on another line or in another size
    (PDFium joins a line ending in a hyphen to whatever text the file has next). A
    glyph drawn again on the one before it (fake bold) is left out, its span to g.doubles."""
    v, size, text, obj = g.v, g.size, g.text, g.obj
    for i in range(s + 1, e - 1):
        g.read(i)
    ends = [g.right(i) for i in range(s, e)]
    # One glyph of several characters (a ligature: 'ff' of 'Staff') gives each of them
    # the glyph's origin in its text object: only a glyph drawn again is a double.
    again = [
        i + 1
        for i in range(s, e - 1)
        if text[i + 1] == text[i]
        and abs(v[2 * i + 2] - v[2 * i]) <= DOUBLE * size(i)
        and abs(v[2 * i + 3] - v[2 * i + 1]) <= DOUBLE * size(i)
        and not _ligated(v, obj, i + 1)
    ]
    if again:
        g.doubles.extend((i, i + 1) for i in again)
        return [(i, i + 1, i == s, v[2 * i], ends[i - s], v[2 * i + 1], size(i))
                for i in range(s, e) if i not in again]  # fmt: skip
    if any(
        v[2 * i + 2] < v[2 * i]
        or v[2 * i + 2] - ends[i - s] > JUMP * size(i)
        or abs(v[2 * i + 3] - v[2 * i + 1]) > SAME_LINE * size(i)
        or abs(size(i + 1) - size(i)) > SAME_SIZE * size(i)
        for i in range(s, e - 1)
    ):
        # a ligature's characters stay one piece, as wide as they are together: cut
        # apart, its second one would stand on the first and be read as drawn twice
        cuts = [i for i in range(s, e) if i == s or not _ligated(v, obj, i)] + [e]
        return [
            (a, b, a == s, v[2 * a], sum(ends[k - s] - v[2 * k] for k in range(a, b)) + v[2 * a],
             v[2 * a + 1], size(a))
            for a, b in zip(cuts, cuts[1:], strict=False)
        ]  # fmt: skip
    return [(s, e, True, v[2 * s], max(ends), v[2 * s + 1], size(s))]


def _ligated(v: list[float], obj: list[int], i: int) -> bool:
    """Glyph i is a ligature's next character: the one before's origin in its object."""
    return obj[i] == obj[i - 1] and v[2 * i] == v[2 * i - 2] and v[2 * i + 1] == v[2 * i - 1]
