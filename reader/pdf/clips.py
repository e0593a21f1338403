"""Text a clip hides. A layout program places an advertiser's PDF as a form XObject
clipped to the box it is given; lines the file sets beyond that box are in the file but
never printed, so they are neither the page's text nor the ad's."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

import pypdfium2.raw as raw

_EDGE = 0.5  # points: a glyph this far past the clip's edge may still show a sliver


def hidden(obj: raw.FPDF_PAGEOBJECT) -> bool:
    """A text object that lies wholly outside a path of its clip (the clip is their
    intersection). PDFium gives both in the object's own space: a form's, for an object
    inside a form."""
    clip = raw.FPDFPageObj_GetClipPath(obj)
    if not clip:
        return False
    l_, b_, r_, t_ = (ctypes.c_float() for _ in range(4))
    if not raw.FPDFPageObj_GetBounds(obj, l_, b_, r_, t_):
        return False
    x0, y0, x1, y1 = l_.value, b_.value, r_.value, t_.value
    x, y = ctypes.c_float(), ctypes.c_float()
    for i in range(raw.FPDFClipPath_CountPaths(clip)):
        xs, ys = [], []
        for j in range(raw.FPDFClipPath_CountPathSegments(clip, i)):
            if raw.FPDFPathSegment_GetPoint(raw.FPDFClipPath_GetPathSegment(clip, i, j), x, y):
                xs.append(x.value)
                ys.append(y.value)
        if xs and (
            x1 < min(xs) - _EDGE or x0 > max(xs) + _EDGE or y1 < min(ys) - _EDGE
            or y0 > max(ys) + _EDGE
        ):  # fmt: skip
            return True
    return False


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
