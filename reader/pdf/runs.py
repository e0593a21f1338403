"""A page's text layer -> runs of glyphs, placed by what the PDF itself fixes.

Where a glyph stands is read from its origin, its advance in the font's own widths
(/W, /Widths), the font size and the text matrix: never from its drawn outline. PDFium's
character boxes include the outline, and for a font the PDF names but does not embed
the outline is that of whatever font the machine has (docs/pdf-ingest.md): the same
PDF would lay out differently on a reader's machine with Korean fonts and on one without.

Per-character ctypes calls dominate extraction: PDFium's words are read by their first
and last glyph, through prototypes taking plain addresses, and glyph by glyph only when
those two do not show the word whole; font names are read once per run.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reader.pdf.calls import (
    BOX_REF,
    C_X,
    C_Y,
    FLOAT_AT,
    FLOAT_REF,
    FONT,
    GENERATED,
    INFO,
    LOOSE,
    MATRIX,
    MATRIX_REF,
    NAME_LEN,
    NAME_REF,
    OBJ_SIZE,
    OBJECT,
    ORIGIN,
    SIZE,
    WIDTH,
    c_box,
    c_float,
    c_matrix,
    c_name,
    c_x,
    c_y,
)
from reader.pdf.clips import blanked
from reader.pdf.content import PageContent, Run
from reader.pdf.doubles import DOUBLE, once, without
from reader.pdf.wordspace import Piece, Spaced, spaced

# A run ends where the next glyph is not beside the last one on the same line.
_SAME_LINE = 0.2  # baseline shift, in font sizes
_BACK = 0.3  # how far a glyph may start left of the last one's end
_JUMP = 0.6  # the widest gap inside a run
_FOLLOW = 2.5  # the widest gap between runs of one line that share a letter gap
_WIDEST = 1.5  # font sizes: no glyph of a word set in order is wider (1.1 typical)
_SAME_SIZE = 0.05  # sizes this close (relative) are one size
# A glyph's box: the em box of its size, as CJK fonts draw it about the baseline.
ASCENT, DESCENT = 0.88, 0.12

# Characters no font maps to a letter: control, private use, surrogates, U+FFFD.
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff\ufffd]")
_WORD = re.compile(r"\S+")
_REPEAT = re.compile(r"(.)\1")
_SPAN = re.Match.span

_fonts: dict[bytes, str] = {}  # PDFium's font name -> its base name, without a subset prefix


def read_text(
    page: pdfium.PdfPage, out: PageContent, left: float, top: float, hidden: set[int]
) -> None:
    """hidden: the addresses of text objects a clip hides (clips.py), left unread."""
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        if len(text) != n:  # characters outside the BMP: read them one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 0xFFFD) for i in range(n))
        # PDFium marks a hyphen that ends a line as U+FFFE (its soft hyphen): it is printed.
        text = text.replace("\ufffe", "-")
        at = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)
        if hidden:
            text = blanked(text, at, hidden, OBJECT)
        glyphs = _Glyphs(at, text)
        out.runs = _runs(glyphs, left, top)
        # The page's characters are those of its runs: a word drawn twice counts once.
        # (split's whitespace is \s; sub costs twice this.)
        out.chars = "".join(without(text, sorted(glyphs.doubles)).split())
        out.bad_chars = len(_BAD.findall(out.chars))
    finally:
        textpage.close()


class _Glyphs:
    """The characters of a text page as the PDF places them: each one's origin, and its
    text object's font, size and horizontal scale (read once an object)."""

    __slots__ = ("tp", "text", "v", "obj", "objects", "widths", "names", "doubles")

    def __init__(self, tp: ctypes.c_void_p, text: str) -> None:
        self.tp, self.text = tp, text
        self.v = [0.0] * (2 * len(text))  # x, y of each origin read
        self.obj = [0] * len(text)
        # text object -> (font, advance per 1/1000 em in points, font size in points)
        self.objects: dict[int, tuple[int, float, float]] = {}
        self.widths: dict[tuple[int, str], float] = {}  # (font, character) -> 1/1000 em
        self.names: dict[int, str] = {}  # font -> its base name (fonts live with the page)
        self.doubles: list[tuple[int, int]] = []  # [start, end) of words drawn again, in order

    def read(self, i: int) -> None:
        ORIGIN(self.tp, i, C_X, C_Y)
        self.v[2 * i], self.v[2 * i + 1] = c_x.value, c_y.value
        ob = self.obj[i] = OBJECT(self.tp, i) or 0
        if ob not in self.objects:
            self.objects[ob] = self.object(i, ob)

    def font_name(self, i: int) -> str:
        """The base name of glyph i's font, read once a font (PDFium names the font of
        the glyph's text object)."""
        ob = OBJECT(self.tp, i) or 0
        if ob and ob not in self.objects:
            self.objects[ob] = self.object(i, ob)
        font = self.objects[ob][0] if ob else 0
        name = self.names.get(font) if font else None
        if name is None:
            n = INFO(self.tp, i, NAME_REF, NAME_LEN, None)
            raw_name = c_name.raw[: max(0, n - 1)]
            name = _fonts.get(raw_name)
            if name is None:
                name = raw_name.decode("latin-1", "replace").split("+", 1)[-1]
                _fonts[raw_name] = name
            if font:
                self.names[font] = name
        return name

    def keep(self, i: int, x: float, y: float, ob: int) -> None:
        """Glyph i's origin and text object, read elsewhere."""
        self.v[2 * i], self.v[2 * i + 1], self.obj[i] = x, y, ob

    def object(self, i: int, ob: int) -> tuple[int, float, float]:
        """The size a glyph prints at is the font size scaled by the text matrix (a
        producer may set 1 pt type and scale it); the horizontal scale also holds Tz."""
        obj = ctypes.c_void_p(ob)
        if not ob or not MATRIX(self.tp, i, MATRIX_REF) or not OBJ_SIZE(obj, FLOAT_REF):
            size = SIZE(self.tp, i)
            return 0, size / 1000, size
        tf = c_float.value
        return FONT(obj) or 0, tf * c_matrix.a / 1000, tf * abs(c_matrix.d)

    def size(self, i: int) -> float:
        return self.objects[self.obj[i]][2]

    def right(self, i: int) -> float:
        """Where glyph i's advance ends: its origin plus its width in the font."""
        font, scale, _ = self.objects[self.obj[i]]
        key = (font, self.text[i])
        w = self.widths.get(key)
        if w is None:
            w = self.widths[key] = self.width(i, font, scale)
        return self.v[2 * i] + w * scale

    def generated(self, i: int) -> bool:
        return bool(GENERATED(self.tp, i))

    def advances(self, s: int, e: int) -> float | None:
        """The advances of glyphs s..e-1 in points, in the font of glyph s's text object;
        None where the font has no width for one of them."""
        font, scale = self.font_of(s)
        total = 0.0
        for ch in self.text[s:e]:
            w = self.advance(font, ch)
            if w is None:
                return None
            total += w
        return total * scale

    def space_width(self, i: int) -> float:
        """A space's advance in points in glyph i's font (0 where the font has none)."""
        font, scale = self.font_of(i)
        return (self.advance(font, " ") or 0.0) * scale

    def font_of(self, i: int) -> tuple[int, float]:
        """The font of glyph i's text object, and its points per 1/1000 em."""
        ob = OBJECT(self.tp, i) or 0
        info = self.objects.get(ob)
        if info is None:
            info = self.objects[ob] = self.object(i, ob)
        return info[0], info[1]

    def advance(self, font: int, ch: str) -> float | None:
        """ch's advance in font, in 1/1000 em (None where the font has no width)."""
        w = self.widths.get((font, ch))
        if w is None:
            if not font or not WIDTH(font, ord(ch), 1000.0, FLOAT_AT) or c_float.value <= 0:
                return None
            w = self.widths[font, ch] = c_float.value
        return w

    def width(self, i: int, font: int, scale: float) -> float:
        """Glyph i's advance in 1/1000 em (its origin read)."""
        return self.width_at(self.v[2 * i], i, font, scale)

    def width_at(self, x: float, i: int, font: int, scale: float) -> float:
        """The advance in 1/1000 em of glyph i, whose origin is at x."""
        w = self.advance(font, self.text[i])
        if w is not None:
            return w
        # No width in the font for this character (it does not map back to a code):
        # PDFium's box, which may include the outline of a substituted font.
        LOOSE(self.tp, i, BOX_REF)
        return (c_box[2] - x) / scale if scale else 0.0


def _pieces(g: _Glyphs) -> list[Piece]:
    """PDFium's words, each cut into glyphs when its glyphs do not stand in order side by
    side in one size (text placed glyph by glyph). A word's first and last glyph show the
    whole word when they stand in order, on one line and no wider than its glyphs could
    be; only the glyphs of other words are read one by one. (Glyphs.read and .right
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
            and abs(yl - y0) <= _SAME_LINE * h0
            and abs(h - h0) <= _SAME_SIZE * h0
            and x1 - x0 <= _WIDEST * (e - s) * h0
            and not _REPEAT.search(text, s, e)  # a letter twice may be one drawn twice
        ):
            append((s, e, True, x0, x1, y0, h0))
        else:
            g.keep(s, x0, y0, first)
            g.keep(last, xl, yl, ob)
            out.extend(_glyph_pieces(g, s, e))
    return out


def _glyph_pieces(g: _Glyphs, s: int, e: int) -> list[Piece]:
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
        or v[2 * i + 2] - ends[i - s] > _JUMP * size(i)
        or abs(v[2 * i + 3] - v[2 * i + 1]) > _SAME_LINE * size(i)
        or abs(size(i + 1) - size(i)) > _SAME_SIZE * size(i)
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


def _runs(g: _Glyphs, left: float, top: float) -> list[Run]:
    """Runs: glyphs side by side on one baseline in one size. PDFium splits its text
    into words (by spaces it reads or adds at gaps) and lines (where glyphs step back or
    down); its words are taken whole when their glyphs stand in order, and runs are
    built from them by position. A line break PDFium adds between glyphs that stand side
    by side on one baseline (it does so between glyphs placed one by one) ends no run.
    Runs that follow on in one line share their word-space judgement (wordspace.py)."""
    text, tp = g.text, g.tp
    runs: list[Run] = []
    line: list[list[Piece]] = []  # the open line's runs, the last one open
    x1 = base = h = 0.0
    # The open run's limits, in points (its size times each rule's share of it).
    same_line = back = jump = same_size = 0.0
    for piece in once(text, _pieces(g), g.doubles):
        s, _, new_word, wl, wr, wb, wh = piece
        if (
            line
            and abs(wb - base) <= same_line
            and wl >= x1 - back
            and abs(wh - h) <= same_size
            and wl - x1 <= _FOLLOW * h
            and not (new_word and text[s - 1] in "\r\n" and not GENERATED(tp, s - 1))
        ):
            if wl - x1 <= jump:
                line[-1].append(piece)
            else:
                line.append([piece])
            if wr > x1:
                x1 = wr
            continue
        if line:
            runs.extend(_close(g, line, left, top))
        line = [[piece]]
        x1, base, h = wr, wb, wh
        same_line, back, jump = _SAME_LINE * h, _BACK * h, _JUMP * h
        same_size = _SAME_SIZE * h
    if line:
        runs.extend(_close(g, line, left, top))
    return runs


def _close(g: _Glyphs, line: list[list[Piece]], left: float, top: float) -> list[Run]:
    letter, texts = spaced(g, line)
    # A letter-spaced line's word gap: the letter gap on both sides of a space.
    word_gap = 2 * letter + g.space_width(line[0][0][0]) if letter > 0 else 0.0
    return [_run(g, parts, run, word_gap, left, top)
            for parts, run in zip(line, texts, strict=True)]  # fmt: skip


def _run(g: _Glyphs, parts: list[Piece], run: Spaced, word_gap: float, left: float, top: float
         ) -> Run:  # fmt: skip
    i, _, _, x0, _, base, size = parts[0]
    end = parts[-1][1]
    text, word_end, x1 = run
    font = g.font_name(i)
    space_to = -1.0
    # Where the file's space after the run ends. A space PDFium adds stands before
    # whatever glyph the file has next, which may lie elsewhere: the gap decides.
    if g.text[end : end + 1] == " " and not GENERATED(g.tp, end):
        g.read(end)
        space_to = g.right(end) - left
    return Run(
        x0 - left,
        top - (base + ASCENT * size),
        x1 - left,
        top - (base - DESCENT * size),
        top - base,
        round(size, 2),
        font,
        text,
        (word_end if word_end >= 0 else x1) - left,
        space_to,
        word_gap,
    )
