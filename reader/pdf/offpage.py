"""Type past the page's edge. A page of a spread exported alone keeps what its frames hold
beyond it: a headline set across the spread runs on past the page's edge into the facing
page's half, in the file but never shown (the facing page's file prints it). A text object
wholly past the page's box is left unread as a clip's hidden one is (`clips.py`); in one the
edge cuts, each character wholly past it is (the text page's indices kept, as
`clips.blanked` keeps them), and a glyph the edge cuts through shows in part and is read.

The box is the crop box, what a reader is shown, on a page that declares no other: a
printer's sheet (a trim box inside it, a bleed or a crop box of its own) is read whole as
before, its slug line past the trim box a running foot (`pagebox.py`)."""

from __future__ import annotations

import ctypes

import pypdfium2.raw as raw

from reader.pdf.calls import OBJECT

Rect = tuple[float, float, float, float]

_EDGE = 0.5  # points: a glyph this far past the edge may still show a sliver


def past_edge(objects: list[raw.FPDF_PAGEOBJECT], box: Rect) -> tuple[set[int], set[int]]:
    """The addresses of the text objects wholly past the box, and of those it cuts."""
    left, bottom, right, top = box
    l_, b_, r_, t_ = (ctypes.c_float() for _ in range(4))
    wholly: set[int] = set()
    cut: set[int] = set()
    for obj in objects:
        if not raw.FPDFPageObj_GetBounds(obj, l_, b_, r_, t_):
            continue
        x0, y0, x1, y1 = l_.value, b_.value, r_.value, t_.value
        if (
            x0 >= left - _EDGE
            and x1 <= right + _EDGE
            and y0 >= bottom - _EDGE
            and y1 <= top + _EDGE
        ):
            continue
        at = ctypes.cast(obj, ctypes.c_void_p).value or 0
        if _outside((x0, y0, x1, y1), box):
            wholly.add(at)
        else:
            cut.add(at)
    return wholly, cut


def _outside(b: Rect, box: Rect) -> bool:
    return (
        b[2] < box[0] - _EDGE
        or b[0] > box[2] + _EDGE
        or b[3] < box[1] - _EDGE
        or b[1] > box[3] + _EDGE
    )


def blank_past_edge(
    text: str, tp: ctypes.c_void_p, cut: set[int] | frozenset[int], box: Rect
) -> str:
    """The page's text with each character of the objects the edge cuts that lies wholly
    past the box as a line break (no word, run or line is made of it)."""
    chars = list(text)
    l_, r_, b_, t_ = (ctypes.c_double() for _ in range(4))
    page = ctypes.cast(tp, raw.FPDF_TEXTPAGE)
    for i in range(len(chars)):
        if (OBJECT(tp, i) or 0) not in cut:
            continue
        if not raw.FPDFText_GetCharBox(page, i, l_, r_, b_, t_):
            continue
        if _outside((l_.value, b_.value, r_.value, t_.value), box):
            chars[i] = "\n"
    return "".join(chars)
