"""One PDF page -> PageContent: runs of glyphs with font and size, pictures, rules, frames.

Per-character ctypes calls dominate extraction (docs/pdf.md): PDFium's words are
read by their first and last glyph's loose box (one height for every glyph of a font
and size), through an address prototype, and only a word whose two ends do not show it
whole is read glyph by glyph; font size, name and baseline are read once per run.
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reader.pdf.content import Graphic, PageContent, Picture, Run
from reader.pdf.pictures import picture_data

# A run ends where the next glyph is not beside the last one on the same line.
_SAME_LINE = 0.2  # baseline shift, in glyph heights
_BACK = 0.3  # how far a glyph may start left of the last one's end
_JUMP = 0.6  # the widest gap inside a run
_SPACE = 0.2  # a gap this wide (in glyph heights) is a word space
_WIDEST = 1.5  # glyph heights: no glyph of a word set in order is wider (1.1 typical)
_RULE = 2.5  # points: thinner than this, a path is a rule
_MIN_PICTURE = 12.0  # points: smaller images are bullets and ornaments, not pictures


def read_page(doc: pdfium.PdfDocument, index: int, number: int, pictures: bool) -> PageContent:
    page = doc[index]
    try:
        left, bottom, right, top = page.get_cropbox()
        content = PageContent(number, right - left, top - bottom)
        _read_text(page, content, left, top)
        _read_objects(page, content, left, top, pictures)
        return content
    finally:
        page.close()


# Characters no font maps to a letter: control, private use, surrogates, U+FFFD.
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff\ufffd]")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\S+")

_P = ctypes.c_void_p


def _fast(fn: Any, restype: Any, *args: Any) -> Any:
    """A PDFium function through a prototype that takes plain addresses: the bindings'
    pointer checks cost more than the calls themselves."""
    address = ctypes.cast(fn, ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *args)(address)


_LOOSE = _fast(raw.FPDFText_GetLooseCharBox, ctypes.c_int, _P, ctypes.c_int, _P)
_SIZE = _fast(raw.FPDFText_GetFontSize, ctypes.c_double, _P, ctypes.c_int)
_INFO = _fast(raw.FPDFText_GetFontInfo, ctypes.c_ulong, _P, ctypes.c_int, _P, ctypes.c_ulong, _P)
_ORIGIN = _fast(raw.FPDFText_GetCharOrigin, ctypes.c_int, _P, ctypes.c_int, _P, _P)


def _read_text(page: pdfium.PdfPage, out: PageContent, left: float, top: float) -> None:
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        if len(text) != n:  # characters outside the BMP: read them one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 0xFFFD) for i in range(n))
        # PDFium marks a hyphen that ends a line as U+FFFE (its soft hyphen): it is printed.
        text = text.replace("\ufffe", "-")
        out.chars = _WS.sub("", text)
        out.bad_chars = len(_BAD.findall(out.chars))
        out.runs = _runs(ctypes.cast(tp, ctypes.c_void_p).value or 0, text, left, top)
    finally:
        textpage.close()


def _pieces(tp: int, text: str, f: Any) -> list[tuple[int, int, bool]]:
    """(start, end, starts a word) of PDFium's words, each cut into glyphs when its
    glyphs do not stand in order side by side (text placed glyph by glyph). Fills f
    with the loose boxes (left, top, right, bottom) of what it reads: a word's first
    and last glyph, which show the whole word when they stand in order, one line high
    and no wider than its glyphs could be; every glyph of any other word."""
    base = ctypes.addressof(f)
    spans = [m.span() for m in _WORD.finditer(text)]
    ends = [(s, e - 1) for s, e in spans if e - s > 1]
    for i in [s for s, _ in spans] + [last for _, last in ends]:
        _LOOSE(tp, i, base + 16 * i)
    v = memoryview(f).cast("B").cast("f")
    odd = set()
    for s, last in ends:
        k, j = 4 * s, 4 * last
        h = v[k + 1] - v[k + 3]
        if not (
            v[j] >= v[k]
            and abs(v[j + 3] - v[k + 3]) <= _SAME_LINE * h
            and v[j + 2] - v[k] <= _WIDEST * (last + 1 - s) * h
        ):
            odd.add(s)
    if not odd:
        return [(s, e, True) for s, e in spans]
    out: list[tuple[int, int, bool]] = []
    for s, e in spans:
        if s not in odd:
            out.append((s, e, True))
            continue
        for i in range(s + 1, e - 1):
            _LOOSE(tp, i, base + 16 * i)
        # Glyphs after which the next one steps back, jumps, or stands on another line
        # (PDFium joins a line ending in a hyphen to whatever text the file has next):
        # cut the word into glyphs.
        if any(
            v[4 * i + 4] < v[4 * i]
            or v[4 * i + 4] - v[4 * i + 2] > _JUMP * (v[4 * i + 1] - v[4 * i + 3])
            or abs(v[4 * i + 7] - v[4 * i + 3]) > _SAME_LINE * (v[4 * i + 1] - v[4 * i + 3])
            for i in range(s, e - 1)
        ):
            out.extend((i, i + 1, i == s) for i in range(s, e))
        else:
            out.append((s, e, True))
    return out


def _runs(tp: int, text: str, left: float, top: float) -> list[Run]:
    """Runs: glyphs side by side on one baseline in one size. PDFium splits its text
    into words (by spaces it reads or adds at gaps) and lines (where glyphs step back or
    down); its words are taken whole when their glyphs stand in order, and runs are
    built from them by position."""
    f = (ctypes.c_float * (4 * len(text)))()
    pieces = _pieces(tp, text, f)
    v = memoryview(f).cast("B").cast("f")
    same_line, back, jump, space = _SAME_LINE, _BACK, _JUMP, _SPACE
    runs: list[Run] = []
    start = end = -1  # the open run's first character, and the end of its last
    x0 = x1 = rt = rb = h = word_end = 0.0
    chars: list[str] = []
    for s, e, new_word in pieces:
        k = 4 * s
        wl, wt, wb, wr = v[k], v[k + 1], v[k + 3], v[4 * e - 2]
        if (
            start >= 0
            and abs(wb - rb) <= same_line * h
            and wl - x1 <= jump * h
            and wl >= x1 - back * h
            and abs((wt - wb) - h) <= 0.05 * h
            and not (new_word and text[s - 1] in "\r\n")
        ):
            if new_word or wl - x1 > space * h:
                if word_end < 0:
                    word_end = x1
                chars.append(" ")
            chars.append(text[s:e])
            end = e
            if wr > x1:
                x1 = wr
            continue
        if start >= 0:
            runs.append(_close(tp, text, start, end, chars, x0, rt, x1, rb, word_end, left, top))
        start, end, chars = s, e, [text[s:e]]
        x0, x1, rt, rb, h, word_end = wl, wr, wt, wb, wt - wb, -1.0
    if start >= 0:
        runs.append(_close(tp, text, start, end, chars, x0, rt, x1, rb, word_end, left, top))
    return runs


_name = ctypes.create_string_buffer(256)
_ox, _oy = ctypes.c_double(), ctypes.c_double()
_NAME, _OX, _OY = ctypes.addressof(_name), ctypes.addressof(_ox), ctypes.addressof(_oy)
_space = (ctypes.c_float * 4)()
_SPACE_BOX = ctypes.addressof(_space)
_fonts: dict[bytes, str] = {}  # PDFium's font name -> its base name, without a subset prefix


def _close(
    tp: int,
    text: str,
    i: int,
    end: int,
    chars: list[str],
    x0: float,
    rt: float,
    x1: float,
    rb: float,
    word_end: float,
    left: float,
    top: float,
) -> Run:
    n = _INFO(tp, i, _NAME, 256, None)
    raw_name = ctypes.string_at(_NAME, max(0, n - 1))
    font = _fonts.get(raw_name)
    if font is None:
        font = _fonts[raw_name] = raw_name.decode("latin-1", "replace").split("+", 1)[-1]
    _ORIGIN(tp, i, _OX, _OY)
    space_to = -1.0
    if text[end : end + 1] == " ":  # where the space PDFium reads after the run ends
        _LOOSE(tp, end, _SPACE_BOX)
        space_to = _space[2] - left
    return Run(
        x0 - left,
        top - rt,
        x1 - left,
        top - rb,
        top - _oy.value,
        round(_SIZE(tp, i), 2),
        font,
        "".join(chars),
        (word_end if word_end >= 0 else x1) - left,
        space_to,
    )


# --- pictures, rules and frames -------------------------------------------------


def _read_objects(
    page: pdfium.PdfPage, out: PageContent, left: float, top: float, pictures: bool
) -> None:
    area = out.width * out.height
    ident: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    todo = [
        (raw.FPDFPage_GetObject(page.raw, i), ident)
        for i in range(raw.FPDFPage_CountObjects(page.raw))
    ]
    l_, b_, r_, t_ = (ctypes.c_float() for _ in range(4))
    while todo:
        obj, m = todo.pop(0)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            continue
        if kind == raw.FPDF_PAGEOBJ_FORM:
            fm = raw.FS_MATRIX()
            raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(fm))
            inner = _compose((fm.a, fm.b, fm.c, fm.d, fm.e, fm.f), m)
            for j in range(raw.FPDFFormObj_CountObjects(obj)):
                todo.append((raw.FPDFFormObj_GetObject(obj, j), inner))
            continue
        if kind not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH):
            continue
        if not raw.FPDFPageObj_GetBounds(obj, l_, b_, r_, t_):
            continue
        x0, y0, x1, y1 = _transform((l_.value, b_.value, r_.value, t_.value), m)
        bx = (x0 - left, top - y1, x1 - left, top - y0)
        w, h = bx[2] - bx[0], bx[3] - bx[1]
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            if w >= _MIN_PICTURE and h >= _MIN_PICTURE:
                out.pictures.append(_picture(obj, bx, pictures))
            continue
        graphic = _graphic(obj, bx, w, h, area)
        if graphic is not None:
            out.graphics.append(graphic)


Matrix = tuple[float, float, float, float, float, float]


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E,
            e * B + f * D + F)  # fmt: skip


def _transform(
    bounds: tuple[float, float, float, float], m: Matrix
) -> tuple[float, float, float, float]:
    if m == (1.0, 0.0, 0.0, 1.0, 0.0, 0.0):
        return bounds
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x in (bounds[0], bounds[2]):
        for y in (bounds[1], bounds[3]):
            xs.append(a * x + c * y + e)
            ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _picture(obj: raw.FPDF_PAGEOBJECT, box: tuple[float, ...], data: bool) -> Picture:
    pw, ph = ctypes.c_uint(), ctypes.c_uint()
    raw.FPDFImageObj_GetImagePixelSize(obj, ctypes.byref(pw), ctypes.byref(ph))
    ext, payload = picture_data(obj, data)
    b = (box[0], box[1], box[2], box[3])
    return Picture(b, pw.value, ph.value, ext, payload)


def _graphic(
    obj: raw.FPDF_PAGEOBJECT,
    box: tuple[float, float, float, float],
    w: float,
    h: float,
    area: float,
) -> Graphic | None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    if h <= _RULE and w > 3 * _RULE:
        return Graphic("hrule", box)
    if w <= _RULE and h > 3 * _RULE:
        return Graphic("vrule", box)
    if w * h >= 0.9 * area or w < 3 * _RULE or h < 3 * _RULE:
        return None  # a page background, or a dot
    if fill.value and _shaded(obj):
        return Graphic("shade", box)
    if stroke.value:
        return Graphic("frame", box)
    return None


def _shaded(obj: raw.FPDF_PAGEOBJECT) -> bool:
    """A fill that shows: neither white nor transparent."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return False
    return a.value > 0 and min(r.value, g.value, b.value) < 245
