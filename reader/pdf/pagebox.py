"""A page's box: the crop box, or a printer's trim box inside it; a page stored turned
(/Rotate) turned upright first, as a viewer shows it."""

from __future__ import annotations

import ctypes
from itertools import islice

import pypdfium2 as pdfium
import pypdfium2.raw as raw

_MAX_SIDE = 14400.0  # points: the largest page side PDF allows (200 inches)

# /Rotate (clockwise) -> the matrix (a, b, c, d) that turns the crop box's content upright;
# e and f follow from the box
_TURN = {90: (0.0, -1.0, 1.0, 0.0), 180: (-1.0, 0.0, 0.0, -1.0), 270: (0.0, 1.0, -1.0, 0.0)}


def upright(page: pdfium.PdfPage) -> None:
    """A page stored turned (/Rotate, a scanner's or imposition's landscape sheet) is
    turned as a viewer shows it: every object moved by the turn, the boxes turned with
    them and the rotation dropped, so lines run left to right as the reader sees them."""
    rotation = page.get_rotation()
    if rotation not in _TURN:
        return
    crop = _crop(page)
    # no sound crop box to turn about: the box that holds what is drawn (see page_box)
    left, bottom, right, top = crop if _sound(crop) else _drawn(page)
    w, h = right - left, top - bottom
    a, b, c, d = _TURN[rotation]
    objects = [
        raw.FPDFPage_GetObject(page.raw, i) for i in range(raw.FPDFPage_CountObjects(page.raw))
    ]
    if not _across_when_turned(objects, (a, b, c, d)):
        return  # a /Rotate its content does not need: the viewer shows it on its side
    # where the box's lower left corner goes, so the turned box starts at the origin
    e = {90: -bottom, 180: w + left, 270: h + bottom}[rotation]
    f = {90: w + left, 180: h + bottom, 270: -left}[rotation]
    for obj in objects:
        raw.FPDFPageObj_Transform(obj, a, b, c, d, e, f)
        # its clip too: PDFium moves an object without it (clips.py reads it)
        raw.FPDFPageObj_TransformClipPath(obj, a, b, c, d, e, f)
    trim = _trim(page, crop)
    # a trim box that cannot be right is not turned into one that looks right
    tl, tb, tr, tt = (
        trim if _sound(trim, (left, bottom, right, top)) else (left, bottom, right, top)
    )
    xs = [a * x + c * y + e for x in (tl, tr) for y in (tb, tt)]
    ys = [b * x + d * y + f for x in (tl, tr) for y in (tb, tt)]
    size = (h, w) if rotation != 180 else (w, h)
    page.set_rotation(0)
    page.set_mediabox(0, 0, *size)
    page.set_cropbox(0, 0, *size)
    page.set_trimbox(min(xs), min(ys), max(xs), max(ys))


SAMPLE = 64  # text objects enough to tell which way a page's text runs, or whether it is seen


def _across_when_turned(
    objects: list[raw.FPDF_PAGEOBJECT], turn: tuple[float, float, float, float]
) -> bool:
    """Does more of the page's text run left to right once turned than as stored? (A
    scanner's or imposition's sheet: the content is drawn turned, and /Rotate sets it
    upright; a /Rotate over upright text is the producer's mistake or a page meant to
    be shown on its side.)"""
    a_, b_, c_, d_ = turn
    before = after = 0
    m = raw.FS_MATRIX()
    texts = (o for o in objects if raw.FPDFPageObj_GetType(o) == raw.FPDF_PAGEOBJ_TEXT)
    for obj in islice(texts, SAMPLE):
        if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
            continue
        x, y = m.a * a_ + m.b * c_, m.a * b_ + m.b * d_  # the text's direction, turned
        before += m.a > 0 and abs(m.b) < m.a / 10
        after += x > 0 and abs(y) < x / 10
    return after > before


_MIN_SIDE = 72.0  # points: no printed page is smaller than an inch a side
_SAME = 0.5  # points: boxes this near are one
_FAR = 1e6  # points: drawn further from the origin is no place on any page (1e30)

Rect = tuple[float, float, float, float]


def _box(values: object) -> Rect:
    left, bottom, right, top = (float(v) for v in values)  # type: ignore[attr-defined]
    return left, bottom, right, top


def _sound(box: Rect, outer: Rect | None = None) -> bool:
    """Can `box` be a page (not empty, a point, inverted or beyond any page), inside
    `outer` when given? One check for every page box, turned or not."""
    left, bottom, right, top = box
    sides = all(_MIN_SIDE <= v <= _MAX_SIDE for v in (right - left, top - bottom))
    if outer is None or not sides:
        return sides
    return outer[0] <= left and outer[1] <= bottom and right <= outer[2] and top <= outer[3]


def page_box(page: pdfium.PdfPage) -> Rect:
    """The crop box, or a printer's trim box inside it; when the crop box cannot be
    right (a hand-made file's [0 0 0 0], a box larger than PDF allows), the size PDFium
    takes for the page, grown to hold what is drawn: else text would lie outside the
    page, read as no text at all."""
    crop = _crop(page)
    if not _sound(crop):
        return _drawn(page)
    # A printer's PDF: the page is its trim box, the marks and slug lie outside it.
    trim = _trim(page, crop)
    return trim if _sound(trim, crop) else crop


def shown_box(page: pdfium.PdfPage) -> Rect | None:
    """The crop box, what a reader is shown of the page, when it is all the page declares;
    None on a printer's sheet (a trim, bleed or crop box of its own other than the one
    shown: its marks and slug line lie past the trim by design, and the slug is read as a
    running foot), or where the crop box cannot be right (`page_box` then takes what is
    drawn, so nothing lies past it)."""
    crop = _crop(page)
    if not _sound(crop):
        return None
    for get in (page.get_cropbox, page.get_bleedbox, page.get_trimbox, page.get_artbox):
        declared = get(fallback_ok=False)
        if declared is not None and any(
            abs(a - b) > _SAME for a, b in zip(_box(declared), crop, strict=True)
        ):
            return None
    return crop


def _crop(page: pdfium.PdfPage) -> Rect:
    """The crop box within the media box, either inherited from the page tree as PDFium
    lays the page out (fpdf2 sets its media box on the tree alone): pypdfium2's
    get_cropbox reads the page's own boxes and, with none, falls back to a letter page."""
    return _box(page.get_bbox())


def _trim(page: pdfium.PdfPage, crop: Rect) -> Rect:
    """The page's own trim box, else the crop box (never pypdfium2's letter page)."""
    trim = page.get_trimbox(fallback_ok=False)
    return crop if trim is None else _box(trim)


def _drawn(page: pdfium.PdfPage) -> Rect:
    """The page's size (at most the largest PDF allows) grown to hold what is drawn."""
    w, h = page.get_size()
    x0, y0, x1, y1 = 0.0, 0.0, min(max(w, 1.0), _MAX_SIDE), min(max(h, 1.0), _MAX_SIDE)
    for obj in page.get_objects(max_depth=0):
        a, b, c, d = obj.get_bounds()
        if all(abs(v) <= _FAR for v in (a, b, c, d)):
            x0, y0, x1, y1 = min(x0, a), min(y0, b), max(x1, c), max(y1, d)
    return x0, y0, x1, y1
