"""The characters of a text page as the PDF places them: each glyph's origin and its
advance in the font's own widths (/W, /Widths), the font size and the text matrix, read
through PDFium's bare prototypes (calls.py) and cached a text object, a font, a character."""

from __future__ import annotations

import ctypes
import re

from reader.pdf.calls import (
    BOX_REF,
    C_X,
    C_Y,
    FLAGS_REF,
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
    WEIGHT,
    WIDTH,
    c_box,
    c_flags,
    c_float,
    c_matrix,
    c_name,
    c_x,
    c_y,
)

_fonts: dict[bytes, str] = {}  # PDFium's font name -> its base name, without a subset prefix
# A bold face's stems: PDFium's weight is read from the font's stem width (/StemV), 700 a
# bold's; or the font says it is drawn bold (ForceBold). A name that tells no weight
# ('NotoSansKRThin', fpdf2's bold and regular of one variable font) is given it.
_BOLD_WEIGHT = 700
_FORCE_BOLD = 1 << 18
_NAMED_BOLD = re.compile(r"Bold|Black|Heavy")
# |b| / |a| of a text matrix: under this (4.5 degrees) its baseline runs across the page (a
# scan's skew); more, or running leftwards, the type is set turned (a quarter, a slant)
_LEVEL = 0.08


class PageGlyphs:
    """The characters of a text page as the PDF places them: each one's origin, and its
    text object's font, size and horizontal scale (read once an object)."""

    __slots__ = ("tp", "text", "v", "obj", "objects", "widths", "names", "doubles", "turned")

    def __init__(self, tp: ctypes.c_void_p, text: str) -> None:
        self.tp, self.text = tp, text
        self.v = [0.0] * (2 * len(text))  # x, y of each origin read
        self.obj = [0] * len(text)
        # text object -> (font, advance per 1/1000 em in points, font size in points)
        self.objects: dict[int, tuple[int, float, float]] = {}
        self.widths: dict[tuple[int, str], float] = {}  # (font, character) -> 1/1000 em
        self.names: dict[int, str] = {}  # font -> its base name (fonts live with the page)
        self.doubles: list[tuple[int, int]] = []  # [start, end) of words drawn again, in order
        self.turned: set[int] = set()  # text objects whose baseline is turned (turned.py)

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
            n = INFO(self.tp, i, NAME_REF, NAME_LEN, FLAGS_REF)
            raw_name = c_name.raw[: max(0, n - 1)]
            name = _fonts.get(raw_name)
            if name is None:
                name = raw_name.decode("latin-1", "replace").split("+", 1)[-1]
                _fonts[raw_name] = name
            bold = WEIGHT(self.tp, i) >= _BOLD_WEIGHT or c_flags.value & _FORCE_BOLD
            if bold and not _NAMED_BOLD.search(name):
                name += "-Bold"
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
        m = c_matrix
        if abs(m.b) > _LEVEL * abs(m.a) or m.a < 0:
            self.turned.add(ob)
        return FONT(obj) or 0, tf * m.a / 1000, tf * abs(m.d)

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
