"""What a clip hides. A layout program places an advertiser's PDF as a form XObject
clipped to the box it is given; lines the file sets beyond that box are in the file but
never printed, so they are neither the page's text nor the ad's. And it crops a picture
to its frame (a photo filling its box): the picture is what the frame shows."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

import pypdfium2.raw as raw

_EDGE = 0.5  # points: a glyph this far past the clip's edge may still show a sliver


Bounds = tuple[float, float, float, float]


def _clip_boxes(obj: raw.FPDF_PAGEOBJECT) -> list[Bounds]:
    """The bounding box of each path of the object's clip (the clip is their
    intersection), in the object's own space (a form's, for an object inside a form)."""
    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return []
    x, y = ctypes.c_float(), ctypes.c_float()
    out = []
    for i in range(raw.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for j in range(raw.FPDFClipPath_CountPathSegments(clip, i)):
            if raw.FPDFPathSegment_GetPoint(raw.FPDFClipPath_GetPathSegment(clip, i, j), x, y):
                xs.append(x.value)
                ys.append(y.value)
        if xs:
            out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def hidden(obj: raw.FPDF_PAGEOBJECT) -> bool:
    """A text object that lies wholly outside a path of its clip."""
    clips = _clip_boxes(obj)
    l_, b_, r_, t_ = (ctypes.c_float() for _ in range(4))
    if not clips or not raw.FPDFPageObj_GetBounds(obj, l_, b_, r_, t_):
        return False
    x0, y0, x1, y1 = l_.value, b_.value, r_.value, t_.value
    return any(
        x1 < c[0] - _EDGE or x0 > c[2] + _EDGE or y1 < c[1] - _EDGE or y0 > c[3] + _EDGE
        for c in clips
    )


def shown(obj: raw.FPDF_PAGEOBJECT, bounds: Bounds) -> Bounds:
    """The part of an object's bounds (in its own space) that its clip lets show: a
    picture cropped by its frame is as large as the frame."""
    x0, y0, x1, y1 = bounds
    for c in _clip_boxes(obj):
        x0, y0, x1, y1 = max(x0, c[0]), max(y0, c[1]), min(x1, c[2]), min(y1, c[3])
    return (x0, y0, x1, y1) if x0 < x1 and y0 < y1 else bounds


def blanked(
    text: str, tp: ctypes.c_void_p, objects: set[int], obj_of: Callable[..., int | None]
) -> str:
    """The page's text with the characters of hidden text objects as line breaks: no
    word, run or line is made of them, none is taken for the file's own space, and the
    text page's indices stay as they are."""
    chars = list(text)
    for i in range(len(chars)):
        if (obj_of(tp, i) or 0) in objects:
            chars[i] = "\n"
    return "".join(chars)
