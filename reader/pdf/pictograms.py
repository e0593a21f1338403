"""Pictograms: small pictures set in a line of type (a weather box's sun beside '서울
-6/2', an icon before a label). A picture no taller than twice the type beside it, with
that type's line starting or ending within a size of it, is part of the line it stands
in, no photo: it has no caption, and as a photo it would open a story of its own. The type
is text type, no larger than the page's text: beside display type (an ad's product name
and price, a headline) a small picture is a product's photo or a logo."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from reader.pdf.content import Picture
from reader.pdf.lines import Line
from reader.pdf.parts import body_style

_TALL = 2.0  # sizes of the type beside it: a pictogram is no taller
_BESIDE = 1.0  # sizes between a pictogram and its line's text
_TEXT = 1.2  # of the page's text size: type beside a pictogram is no larger (a subhead's)


def pictograms(pictures: list[Picture], lines: list[Line]) -> list[Picture]:
    """The pictures that are pictograms set in lines of type. Each picture asks the fewer
    of the lines whose tops lie near its height and those starting or ending beside it
    (bisection: pictograms in a column, or in a row)."""
    tallest = _TALL * max((x.size for x in lines), default=0.0)
    pictures = [p for p in pictures if p.box[3] - p.box[1] <= tallest]  # photos: none near
    if not pictures:
        return []
    text = _TEXT * body_style(lines).size
    typed = [x for x in lines if x.size <= text]
    by_top = sorted(typed, key=attrgetter("top"))
    tops = [x.top for x in by_top]
    by_start = sorted(typed, key=attrgetter("x0"))
    starts = [x.x0 for x in by_start]
    by_end = sorted(typed, key=attrgetter("x1"))
    ends = [x.x1 for x in by_end]
    reach = _BESIDE * max((x.size for x in typed), default=0.0)
    out = []
    for p in pictures:
        x0, y0, x1, y1 = p.box
        h = y1 - y0
        i, j = bisect_left(tops, y0 - 4 * h), bisect_right(tops, y1)  # type up to 8 h tall
        k, m = bisect_left(starts, x1 - 1), bisect_right(starts, x1 + reach)
        a, b = bisect_left(ends, x0 - reach), bisect_right(ends, x0 + 1)
        near = by_top[i:j] if j - i <= m - k + b - a else by_start[k:m] + by_end[a:b]
        if any(
            h <= _TALL * x.size
            and y0 <= (x.top + x.bottom) / 2 <= y1
            and (-1 <= x.x0 - x1 <= _BESIDE * x.size or -1 <= x0 - x.x1 <= _BESIDE * x.size)
            for x in near
        ):
            out.append(p)
    return out
