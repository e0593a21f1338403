"""What a clip hides. A layout program places an advertiser's PDF as a form XObject
clipped to the box it is given, and clips a box's own text to its frame; lines set
beyond the box (a file's, or a story's run past its frame) are in the file but never
printed, so they are neither the page's text nor the box's. And it crops a picture to
its frame (a photo filling its box): the picture is what the frame shows."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

import pypdfium2.raw as raw

_EDGE = 0.5  # points: a glyph this far past the clip's edge may still show a sliver
# Path segments read a page: a placed file's clips take tens (page 33: 10), but a file may
# clip each of thousands of words by a path of hundreds of points, read point by point.
# Each object reads a few free (a box, a rounded box: a page of words set one by one under
# one stays linear); the rest comes from the page's budget.
_FREE = 32
_BUDGET = 100_000


Bounds = tuple[float, float, float, float]


class Clips:
    """The clips of one page's objects, read within a bound. Past it, clips are left
    unread: text is read (nothing lost, though a clip may hide it), pictures keep their
    bounds, and `over` says so."""

    def __init__(self) -> None:
        self.left = _BUDGET
        self.over = False

    def _boxes(self, obj: raw.FPDF_PAGEOBJECT) -> list[Bounds]:
        """The bounding box of each path of the object's clip (the clip is their
        intersection), in the object's own space (a form's, for an object inside a
        form); none once the bound is reached."""
        clip = raw.FPDFPageObj_GetClipPath(obj)
        if not clip or self.over:
            return []
        x, y = ctypes.c_float(), ctypes.c_float()
        out = []
        free = _FREE
        for i in range(raw.FPDFClipPath_CountPaths(clip)):
            n = raw.FPDFClipPath_CountPathSegments(clip, i)
            cost = max(n, 1)  # a path counts, even one PDFium cannot read
            self.left -= max(cost - free, 0)
            free = max(free - cost, 0)
            if self.left < 0:
                self.over = True
                return []
            xs, ys = [], []
            for j in range(n):
                if raw.FPDFPathSegment_GetPoint(raw.FPDFClipPath_GetPathSegment(clip, i, j), x, y):
                    xs.append(x.value)
                    ys.append(y.value)
            if xs:
                out.append((min(xs), min(ys), max(xs), max(ys)))
        return out

    def hidden(self, obj: raw.FPDF_PAGEOBJECT) -> bool:
        """A text object that lies wholly outside a path of its clip, or under a path of
        no area (a point, a line: it shows nothing, whatever it crosses)."""
        clips = self._boxes(obj)
        l_, b_, r_, t_ = (ctypes.c_float() for _ in range(4))
        if not clips or not raw.FPDFPageObj_GetBounds(obj, l_, b_, r_, t_):
            return False
        x0, y0, x1, y1 = l_.value, b_.value, r_.value, t_.value
        return any(
            c[2] <= c[0]
            or c[3] <= c[1]
            or x1 < c[0] - _EDGE
            or x0 > c[2] + _EDGE
            or y1 < c[1] - _EDGE
            or y0 > c[3] + _EDGE
            for c in clips
        )

    def shown(self, obj: raw.FPDF_PAGEOBJECT, bounds: Bounds) -> Bounds:
        """The part of an object's bounds (in its own space) that its clip lets show: a
        picture cropped by its frame is as large as the frame."""
        x0, y0, x1, y1 = bounds
        for c in self._boxes(obj):
            x0, y0, x1, y1 = max(x0, c[0]), max(y0, c[1]), min(x1, c[2]), min(y1, c[3])
        return (x0, y0, x1, y1) if x0 < x1 and y0 < y1 else bounds


def blanked(
    text: str,
    tp: ctypes.c_void_p,
    objects: set[int] | frozenset[int],
    obj_of: Callable[..., int | None],
    keep: frozenset[int] = frozenset(),
) -> tuple[str, dict[int, list[int]]]:
    """The page's text with the characters of the given text objects as line breaks (no
    word, run or line is made of them, none is taken for the file's own space, and the
    text page's indices stay as they are); and the indices of the characters of those in
    `keep`, an object's in the page's order (one pass: PDFium's own text of an object
    scans the page's)."""
    chars = list(text)
    kept: dict[int, list[int]] = {}
    for i in range(len(chars)):
        ob = obj_of(tp, i) or 0
        if ob in objects:
            if ob in keep:
                kept.setdefault(ob, []).append(i)
            chars[i] = "\n"
    return "".join(chars), kept
