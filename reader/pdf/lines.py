"""Runs -> printed lines: runs on one baseline, side by side, not across a rule or gutter.

Gaps are measured in font sizes, never in points. A gap wider than `_JOIN` sizes
splits a baseline into separate lines (a column gutter, a table's cell gap) unless it
is a justified line's wide word space: one that the lines above or below run across,
where a gutter stays clear down its column.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, fields
from itertools import chain, takewhile
from operator import attrgetter
from typing import Any

from reader.ingest.credits import CREDIT
from reader.pdf.content import Box, Graphic, Run
from reader.pdf.dividers import Leaders, Sides, boxes_between_rules
from reader.pdf.wordspace import SPACE as _SPACE

_SAME_BASE = 0.3  # baseline difference within one line, in font sizes
_JOIN = 0.8  # widest gap inside a line, in font sizes (a gutter is wider than an em)
# A gap under this (in sizes) is inside a line whatever stands around it; a wider one
# may be a gutter that punctuation hung into it narrows ('Con-' in Typst's margin).
_NARROW = 0.5
_WIDE = 2.5  # a gap up to this wide may still be a justified line's word space
_LONE = 1.0  # the widest word space of a line alone in its type
_NEAR = 2.5  # lines this near (in sizes) above or below are a line's neighbours
_TALL = 3.0  # font sizes: a run taller than this is set down a column (vertical text)
_LETTERED = 0.75  # of a letter-spaced line's word gap: a wider gap is a word space
_SLACK = 0.1  # a letter-spaced line's word gap may be this much wider (rounding, kerning)
# Two sizes meet: a word set in two sizes is set solid, so a gap of a tenth of the smaller
# size is a word space, narrowed by tight tracking (-5 %) and word spacing (75 %) under
# the fifth one size needs ('5 경제': a 9 pt page number, an 11 pt label).
_SIZES = 1.15
_SIZES_SPACE = 0.1
_SMALLER = 0.95  # of the size before it: a run set smaller (a credit after its caption)
# A footnote's mark (a superscript): short, set at 0.4 to 0.8 of its line's size (layout
# programs use 0.58 to 0.7; body type beside a drop cap is a quarter of the cap's), its
# baseline raised 0.15 to 0.6 of that size, touching a word of the line (a fifth of the
# size); so it lies within 1.5 of its own sizes above that line's baseline.
_MARK = 4
_SUP = (0.4, 0.8)
_RAISE = (0.15, 0.6)
_SUP_TOUCH = 0.2
_SUP_REACH = 1.5
_FEW = 16  # runs a little under a mark: more, and those it touches are asked instead


@dataclass(slots=True)
class Line:
    x0: float
    top: float
    x1: float
    bottom: float
    base: float
    size: float  # the size most of its characters are set in
    font: str
    text: str
    word_end: float  # where its first word ends
    chars: int  # non-space characters
    spaced: bool = False  # the file has a space after its last glyph (a break between words)
    # its first run's size where that is larger than the size most of it is set in: a
    # line of two sizes headed by its larger type ('쥐띠' over its birth years' 6.5 pt)
    lead: float = 0.0

    @property
    def box(self) -> Box:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    def __reduce__(self) -> tuple[type[Line], tuple[Any, ...]]:
        # Pages' layouts come back from the worker processes pickled, hundreds of lines
        # a page: as a call with their fields, pickling takes half the time.
        return Line, _FIELDS(self)


_FIELDS = attrgetter(*(f.name for f in fields(Line)))


def down_a_column(x: Run | Line) -> bool:
    """A run or a line set down a column (vertical text): taller than three of its sizes,
    its base its last glyph's."""
    return x.bottom - x.top > _TALL * x.size


def join_text(
    left: str, right: str, gap: float, size: float, word_gap: float = 0.0, space: float = _SPACE
) -> str:
    """Two runs' texts, a space between them where the gap is a word space (space: in
    sizes): in a letter-spaced line (word_gap: its letter gap on both sides of a space),
    a gap nearer that than its letter gap."""
    if not left or not right or left.endswith(" ") or right.startswith(" "):
        return left + right
    wide = _LETTERED * word_gap if word_gap > 0 else space * size
    return left + (" " if gap > wide else "") + right


def make_lines(runs: list[Run], graphics: list[Graphic]) -> list[Line]:
    """Every run in exactly one line; lines sorted top to bottom, then left to right."""
    # a run taller than three of its sizes is vertical text (vertical.stood_up), and one
    # set turned runs along its own baseline (turned.py): a line of its own, beside
    # whatever shares its baseline
    lines: list[Line] = [_line([r]) for r in runs if r.turned or down_a_column(r)]
    # a superscript is set on its line's baseline (most pages have none: runs by their own)
    by_base = sorted(runs, key=attrgetter("base", "x0"))
    raised = _raised(by_base)
    placed = (
        sorted(((raised.get(id(r), r.base), r) for r in runs), key=lambda p: (p[0], p[1].x0))
        if raised
        else [(r.base, r) for r in by_base]
    )
    rows: list[list[Run]] = []
    row_base = 0.0
    for base, run in placed:
        if run.turned or down_a_column(run):
            continue
        if rows and abs(base - row_base) <= _SAME_BASE * min(run.size, rows[-1][0].size):
            rows[-1].append(run)
        else:
            rows.append([run])
            row_base = base
    for row in rows:
        row.sort(key=attrgetter("x0"))
    boxes, rules = boxes_between_rules([g.box for g in graphics if g.kind == "hrule"], runs)
    sides = Sides(graphics, boxes)
    leaders = Leaders(rules)
    for k, row in enumerate(rows):
        group = [row[0]]
        right = row[0].x1  # the group's right end
        for run in row[1:]:
            last = group[-1]
            gap = run.x0 - right
            size = max(run.size, last.size)
            apart = sides.between(last, run) or run_on_credit(last, run)
            if not apart and (
                gap <= _NARROW * size
                or gap <= _JOIN * size
                and not _gutter(rows, k, last.x1, run.x0, size)
                or (
                    gap <= max(run.word_gap, last.word_gap) + _SLACK * size
                    and not _gutter(rows, k, last.x1, run.x0, size)
                )
                or (
                    gap <= _WIDE * size
                    and not CREDIT.match(run.text)  # a credit set apart at a caption's end
                    and _bridged(rows, k, last.x1, run.x0, size)
                )
                or leaders.bridge(last, run, size)
            ):
                group.append(run)
                if run.x1 > right:
                    right = run.x1
            else:
                lines.append(_line(group))
                group, right = [run], run.x1
        lines.append(_line(group))
    lines.sort(key=lambda ln: (round(ln.top, 1), ln.x0))
    return lines


def run_on_credit(last: Run, run: Run) -> bool:
    """A credit run on after its caption in smaller type ('… 쌓여 있다.' 7.5 pt, '사진=문하람
    기자' 6.5 pt): a line of its own, as a credit set under its caption is. A smaller run
    that reads as no credit (a unit, a figure) carries the line on."""
    return run.size < _SMALLER * last.size and bool(CREDIT.match(run.text))


def _raised(by_base: list[Run]) -> dict[int, float]:
    """Footnote marks and other superscripts ('‘지역필수의사제’1)도', '늘었다.2)'): a short
    run set smaller and raised, touching a word of a larger run whose baseline lies
    under it, is that run's: id -> its baseline (by_base: the page's runs by baseline).
    Only short runs ask, each the runs a little under it (bisection), or where those are
    many (glyphs set one by one on one line: all short, all a little under one another)
    the fewer of them and of those whose ends it touches, so a page costs little more
    than its runs."""
    marks = [r for r in by_base if not r.turned and len(r.text.strip()) <= _MARK]
    if not marks:
        return {}
    bases = [r.base for r in by_base]
    ends: _Ends | None = None  # sorted when first needed
    # the line a mark is set on is 1.25 to 2.5 times its size: raised over it at least
    # 0.15 of that, at most 1.5 of its own; touching it within half its own size
    low, touch = _RAISE[0] / _SUP[1] * 0.999, _SUP_TOUCH / _SUP[0]
    out: dict[int, float] = {}
    for r in marks:
        lo = bisect_left(bases, r.base + low * r.size)
        hi = bisect_right(bases, r.base + _SUP_REACH * r.size)
        near = by_base[lo:hi]
        if hi - lo > _FEW:
            ends = ends or _Ends(by_base)
            near = ends.fewer(near, r, touch * r.size)
        found = [h for h in near if _marks(r, h)]
        if found:  # the nearest line under it, its leftmost word (the first by_base lists)
            out[id(r)] = min(found, key=attrgetter("base", "x0")).base
    return out


class _Ends:
    """Runs by where they end and where they start, for finding those a run touches."""

    def __init__(self, runs: list[Run]):
        self.by_end = sorted(runs, key=attrgetter("x1"))
        self.ends = [r.x1 for r in self.by_end]
        self.by_start = sorted(runs, key=attrgetter("x0"))
        self.starts = [r.x0 for r in self.by_start]

    def fewer(self, near: list[Run], r: Run, reach: float) -> list[Run]:
        """near, or the runs ending or starting within reach of r's ends if fewer."""
        i, j = bisect_left(self.ends, r.x0 - reach), bisect_right(self.ends, r.x0 + reach)
        k, m = bisect_left(self.starts, r.x1 - reach), bisect_right(self.starts, r.x1 + reach)
        if len(near) <= j - i + m - k:
            return near
        return self.by_end[i:j] + self.by_start[k:m]


def _marks(r: Run, h: Run) -> bool:
    """Is r a mark set on h: 0.4 to 0.8 of its size, raised 0.15 to 0.6 of it, touching?"""
    size = h.size
    touch = _SUP_TOUCH * size
    return (
        not h.turned
        and _SUP[0] * size <= r.size <= _SUP[1] * size
        and _RAISE[0] * size <= h.base - r.base <= _RAISE[1] * size
        and (-touch <= r.x0 - h.x1 <= touch or -touch <= h.x0 - r.x1 <= touch)
    )


def _bridged(rows: list[list[Run]], k: int, x0: float, x1: float, size: float) -> bool:
    """Is a wide gap of row k a justified line's word space rather than a gutter? Text
    on a line above or below runs across all of it; a gutter stays clear down its
    column (a short line's end before it included). A line with no neighbours in its
    type (a headline) keeps words a little apart together."""
    neighbours, across = _neighbours(rows, k, x0, x1, size)
    return across or neighbours == 0 and x1 - x0 <= _LONE * size


def _gutter(rows: list[list[Run]], k: int, x0: float, x1: float, size: float) -> bool:
    """Is a gap as wide as a word space a gutter all the same? Two lines of its type or
    more near it are parted at it too, text on both sides, and none runs across it: a
    hyphen Typst hangs into the margin narrows the gutter ('Con-'), and a narrow
    column's justified line spaces its words as wide as the gutter."""
    base = rows[k][0].base
    reach = _NEAR * size
    above = takewhile(lambda j: base - rows[j][0].base <= reach, range(k - 1, -1, -1))
    below = takewhile(lambda j: rows[j][0].base - base <= reach, range(k + 1, len(rows)))
    parted = 0
    for j in chain(above, below):
        near = [r for r in rows[j] if abs(r.size - size) <= 0.1 * size]
        if any(r.x0 < x1 and r.x1 > x0 for r in near):
            return False  # text in the gap: words of a line, not a gutter
        parted += any(r.x1 <= x0 for r in near) and any(r.x0 >= x1 for r in near)
    return parted >= 2


def _neighbours(
    rows: list[list[Run]], k: int, x0: float, x1: float, size: float
) -> tuple[int, bool]:
    """Runs of a gap's type near row k over or under it, and whether one runs across it."""
    base = rows[k][0].base
    neighbours = 0
    reach = _NEAR * size
    above = takewhile(lambda j: base - rows[j][0].base <= reach, range(k - 1, -1, -1))
    below = takewhile(lambda j: rows[j][0].base - base <= reach, range(k + 1, len(rows)))
    for j in chain(above, below):
        for r in rows[j]:
            if r.x1 < x0 or r.x0 > x1 or abs(r.size - size) > 0.1 * size:
                continue  # away from the gap, or other type (a headline across columns)
            neighbours += 1
            if r.x0 <= x0 and r.x1 >= x1:
                return neighbours, True
    return neighbours, False


def _line(runs: list[Run]) -> Line:
    if len(runs) == 1:
        r = runs[0]
        chars = len(r.text) - r.text.count(" ")
        return Line(r.x0, r.top, r.x1, r.bottom, r.base, r.size, r.font, r.text, r.word_end,
                    chars, r.space_to >= 0)  # fmt: skip
    text = runs[0].text
    for prev, run in zip(runs, runs[1:], strict=False):
        size = max(prev.size, run.size)
        if prev.space_to >= 0 and abs(run.x0 - prev.space_to) <= _SPACE * size:
            text += " " + run.text  # the file's own space, ending where the next run starts
        else:  # a space between two sizes is at least the smaller size's
            gap, wg = run.x0 - prev.x1, min(prev.word_gap, run.word_gap)
            small = min(prev.size, run.size)
            space = _SIZES_SPACE if size > _SIZES * small else _SPACE
            text = join_text(text, run.text, gap, small, wg, space)
    weight: Counter[tuple[float, str]] = Counter()
    for r in runs:
        weight[(r.size, r.font)] += len(r.text)
    size, font = weight.most_common(1)[0][0]
    return Line(
        x0=min(r.x0 for r in runs),
        top=min(r.top for r in runs),
        x1=max(r.x1 for r in runs),
        bottom=max(r.bottom for r in runs),
        base=max(r.base for r in runs),
        size=size,
        font=font,
        text=text,
        word_end=runs[0].word_end,
        chars=sum(len(r.text) - r.text.count(" ") for r in runs),
        spaced=runs[-1].space_to >= 0,
        lead=runs[0].size if runs[0].size > size else 0.0,
    )


def merge_lines(a: Line, b: Line) -> Line:
    """Two pieces of one printed line (a left of b), as one line."""
    text = join_text(a.text, b.text, b.x0 - a.x1, max(a.size, b.size))
    big = a if a.chars >= b.chars else b
    return Line(
        x0=a.x0,
        top=min(a.top, b.top),
        x1=max(a.x1, b.x1),
        bottom=max(a.bottom, b.bottom),
        base=max(a.base, b.base),
        size=big.size,
        font=big.font,
        text=text,
        word_end=a.word_end,
        chars=a.chars + b.chars,
        spaced=b.spaced,
        lead=a.lead or (a.size if a.size > big.size else 0.0),
    )
