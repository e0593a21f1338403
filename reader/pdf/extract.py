"""One PDF page -> PageContent: runs of glyphs (reader.pdf.runs), pictures, rules, frames."""

from __future__ import annotations

import ctypes
from collections import deque
from itertools import pairwise

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reader.i18n import _
from reader.pdf import clips, lastresort
from reader.pdf.calls import bare
from reader.pdf.content import Graphic, PageContent, Picture
from reader.pdf.offpage import past_edge
from reader.pdf.pagebox import SAMPLE, page_box, shown_box, upright
from reader.pdf.pictures import is_jpeg, picture_data
from reader.pdf.rules import joined_rules, ruled_boxes
from reader.pdf.runs import read_text
from reader.pictures import MAX_PIXELS

# Before any document is read here or in a forked worker: fonts a PDF does not embed are
# drawn with the last-resort font, whatever fonts the machine has.
lastresort.install()


class _Object(ctypes.c_void_p):
    """A page object's address, kept as a pointer object (a c_void_p would be an int)."""


_GET_OBJECT = bare(raw.FPDFPage_GetObject, _Object)
_GET_TYPE = bare(raw.FPDFPageObj_GetType, ctypes.c_int)
_GET_CLIP = bare(raw.FPDFPageObj_GetClipPath, _Object)
_CLIP_PATHS = bare(raw.FPDFClipPath_CountPaths, ctypes.c_int)
_RULE = 2.5  # points: thinner than this, a path is a rule
_MIN_PICTURE = 12.0  # points: smaller images are bullets and ornaments, not pictures


def read_page(doc: pdfium.PdfDocument, index: int, number: int, pictures: bool) -> PageContent:
    page = doc[index]
    try:
        upright(page)
        left, bottom, right, top = page_box(page)
        content = PageContent(number, right - left, top - bottom)
        shown = shown_box(page)
        clipped, cut = _read_objects(page, content, left, top, pictures, shown)
        read_text(page, content, left, top, clipped, cut, shown)
        return content
    finally:
        page.close()


# --- pictures, rules and frames -------------------------------------------------


def _read_objects(
    page: pdfium.PdfPage,
    out: PageContent,
    left: float,
    top: float,
    pictures: bool,
    shown: tuple[float, float, float, float] | None,
) -> tuple[set[int], set[int]]:
    """Pictures, rules and frames into out; the addresses of the text objects that
    their clip hides (clips.py), on the page or inside forms, or that lie wholly past
    the shown box, and of those its edge cuts (offpage.py)."""
    area = out.width * out.height
    ident: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    # Most of a page's objects are text: their types are read without argument types
    # (the page as a pointer object, each object as the _Object PDFium returns).
    at = ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)
    texts: list[_Object] = []
    todo: deque[tuple[_Object, Matrix]] = deque()
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = _GET_OBJECT(at, i)
        if _GET_TYPE(obj) == raw.FPDF_PAGEOBJ_TEXT:
            texts.append(obj)
        else:
            todo.append((obj, ident))
    # An OCR layer is invisible throughout: a sample of its text objects tells it.
    sample = texts[:SAMPLE]
    hidden = sum(
        raw.FPDFTextObj_GetTextRenderMode(ctypes.cast(o, raw.FPDF_PAGEOBJECT))
        == raw.FPDF_TEXTRENDERMODE_INVISIBLE
        for o in sample
    )
    out.hidden = hidden / len(sample) if sample else 0.0
    l_, b_, r_, t_ = (ctypes.c_float() for _ in range(4))
    clip = clips.Clips()
    clipped: set[int] = set()
    for ob in texts:  # a box's text run past its frame, cut by the box's clip
        if _CLIP_PATHS(_GET_CLIP(ob)) > 0 and clip.hidden(ctypes.cast(ob, raw.FPDF_PAGEOBJECT)):
            clipped.add(ctypes.cast(ob, ctypes.c_void_p).value or 0)
    cut: set[int] = set()
    if shown is not None:
        past, cut = past_edge([ctypes.cast(ob, raw.FPDF_PAGEOBJECT) for ob in texts], shown)
        clipped |= past
    while todo:
        ob, m = todo.popleft()
        obj = ctypes.cast(ob, raw.FPDF_PAGEOBJECT)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:  # inside a form: a placed file's
            if clip.hidden(obj):
                clipped.add(ctypes.cast(obj, ctypes.c_void_p).value or 0)
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
        bounds = (l_.value, b_.value, r_.value, t_.value)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:  # cropped by its frame: what the frame shows
            bounds = clip.shown(obj, bounds)
        x0, y0, x1, y1 = _transform(bounds, m)
        bx = (x0 - left, top - y1, x1 - left, top - y0)
        w, h = bx[2] - bx[0], bx[3] - bx[1]
        if bx[2] <= 0 or bx[3] <= 0 or bx[0] >= out.width or bx[1] >= out.height:
            continue  # printer's marks and colour bars outside the trimmed page
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            if w >= _MIN_PICTURE and h >= _MIN_PICTURE:
                out.pictures.append(_picture(obj, bx, pictures, out))
            continue
        if (sides := _border(obj, m, left, top)) is not None:
            out.graphics += sides
            continue
        graphic = _graphic(obj, bx, w, h, area)
        if graphic is not None:
            out.graphics.append(graphic)
    out.graphics = ruled_boxes(joined_rules(out.graphics))
    if clip.over:
        out.warnings.append(
            _("its text is clipped by paths too complex to check: text they hide may be read")
        )
    return clipped, cut


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


def _picture(
    obj: raw.FPDF_PAGEOBJECT, box: tuple[float, ...], data: bool, page: PageContent
) -> Picture:
    pw, ph = ctypes.c_uint(), ctypes.c_uint()
    raw.FPDFImageObj_GetImagePixelSize(obj, ctypes.byref(pw), ctypes.byref(ph))
    if data and pw.value * ph.value > MAX_PIXELS and not is_jpeg(obj):
        # Decoding is sized by the header, not the file: a few hundred KB of Flate can
        # claim gigabytes. The reader would refuse to show it anyway (the same cap); JPEG
        # data is copied, not decoded, and refused only when shown.
        page.warnings.append(
            _("a picture of {width}×{height} pixels is too large to read; kept as its box")
            .format(width=pw.value, height=ph.value)
        )  # fmt: skip
        data = False
    ext, payload = picture_data(obj, data)
    b = (box[0], box[1], box[2], box[3])
    return Picture(b, pw.value, ph.value, ext, payload)


_BOX_SEGMENTS = 6  # a box's path: a move, four lines, a close (a glyph's has dozens)


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
        return Graphic("shade", box, raw.FPDFPath_CountSegments(obj) > _BOX_SEGMENTS)
    if stroke.value:
        return Graphic("stroke" if _open(obj) else "frame", box)
    return None


def _open(obj: raw.FPDF_PAGEOBJECT) -> bool:
    """A path that closes nowhere and ends away from where it starts: a chart's line or a
    map's road, no box's frame; three straight sides of a box (a frame open at one side)
    are a frame all the same."""
    x, y = ctypes.c_float(), ctypes.c_float()
    n = raw.FPDFPath_CountSegments(obj)
    points, straight = [], True
    for k in range(n):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        if raw.FPDFPathSegment_GetClose(seg):
            return False
        straight = straight and (
            k == 0 or raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_LINETO
        )
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        points.append((x.value, y.value))
    if straight and _three_sides(points):
        return False
    return (
        n > 1 and max(abs(points[0][0] - points[-1][0]), abs(points[0][1] - points[-1][1])) > _RULE
    )


def _three_sides(points: list[tuple[float, float]]) -> bool:
    """Four points, each a distinct corner of their box, each line from one to the next
    along a side (a step line's points stand between corners, a Z's line runs across)."""
    if len(points) != 4:
        return False
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    edges = ((min(xs), max(xs)), (min(ys), max(ys)))
    if any(hi - lo <= _RULE for lo, hi in edges):
        return False
    corners = []
    for p in points:
        near = [[abs(v - e) <= _RULE for e in ends] for v, ends in zip(p, edges, strict=True)]
        if not all(any(n) for n in near):
            return False
        corners.append((near[0][1], near[1][1]))
    along = all(a[0] == b[0] or a[1] == b[1] for a, b in pairwise(corners))
    return along and len(set(corners)) == 4


def _border(obj: raw.FPDF_PAGEOBJECT, m: Matrix, left: float, top: float) -> list[Graphic] | None:
    """A box's border filled as a ring (a rectangle within a rectangle, as WeasyPrint
    draws CSS borders): its sides as rules, and none where the border has no width (a
    bottom border alone is one rule). Not a shaded box: that would be the whole box's
    bounds. None for any other path, or a ring wider than a rule."""
    if raw.FPDFPath_CountSegments(obj) != 10:
        return None
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    if not fill.value or not _shaded(obj):
        return None
    fm = raw.FS_MATRIX()
    raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(fm))
    a, b, c, d, e, f = _compose((fm.a, fm.b, fm.c, fm.d, fm.e, fm.f), m)
    x, y = ctypes.c_float(), ctypes.c_float()
    pts = []
    for k in range(10):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(seg, x, y)
        px, py = a * x.value + c * y.value + e, b * x.value + d * y.value + f
        pts.append((px - left, top - py))
    rects = []
    for ring in (pts[:5], pts[5:]):
        xs, ys = {round(p[0], 2) for p in ring}, {round(p[1], 2) for p in ring}
        if len(xs) > 2 or len(ys) > 2:
            return None  # not a rectangle square to the page
        rects.append((min(xs), min(ys), max(xs), max(ys)))
    (o0, o1, o2, o3), (i0, i1, i2, i3) = sorted(rects, key=lambda r: -(r[2] - r[0]) * (r[3] - r[1]))
    widths = (i1 - o1, o3 - i3, i0 - o0, o2 - i2)  # top, bottom, left, right
    if min(widths) < 0 or max(widths) > _RULE:
        return None
    sides = [(o0, o1, o2, i1), (o0, i3, o2, o3), (o0, o1, i0, o3), (i2, o1, o2, o3)]
    kinds = ("hrule", "hrule", "vrule", "vrule")
    return [Graphic(k, box) for k, box, wd in zip(kinds, sides, widths, strict=True) if wd > 0.01]


def _shaded(obj: raw.FPDF_PAGEOBJECT) -> bool:
    """A fill that shows: neither white nor transparent."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return False
    return a.value > 0 and min(r.value, g.value, b.value) < 245
