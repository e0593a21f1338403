"""A centre spread: two newspaper pages printed side by side on one PDF page, each with
its own page number at its outer corner, a fold between them that only display type
crosses. A reader turns them as two pages: each half is laid out as a page of its own,
and a story whose headline crosses the fold is read whole on the left page, where it
starts, its columns on the right half under that headline taken with it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from reader.ingest.calendar import MONTH
from reader.pdf.content import Box, PageContent, Run
from reader.pdf.lines import Line
from reader.pdf.parts import HEADLINE, PageLayout, Para, Region

_BAND = 0.08  # of the page's height: where the page numbers stand, top or foot
_EDGE = 0.1  # of the page's width: a page number this near its outer edge
_FIRST = re.compile(r"^[A-Z]?(\d{1,3})(?:\s|$)")  # a number opening the left page's folio
_LAST = re.compile(r"(?:^|\s)[A-Z]?(\d{1,3})$")  # one closing the right page's
# a number after a month's name is a date's day ('Tuesday, March 3'), not a page's
_DAY = re.compile(rf"(?i:\b(?:{MONTH})\.?)\s+\d{{1,3}}$")
_COLUMN_LINES = 3  # body lines a half holds to be a page of its own
_HEADS = ("headline", "sub", "deck")


def halves(content: PageContent) -> tuple[PageContent, PageContent] | None:
    """The two pages of a spread (the right one's x from its own left edge), or None."""
    w, h = content.width, content.height
    if w <= h or not content.runs:
        return None
    mid = w / 2
    band = [r for r in content.runs if r.bottom <= _BAND * h or r.top >= (1 - _BAND) * h]
    # papers print even pages on the left; each number is a folio at its outer corner
    lefts = {int(m[1]) for r in band if r.x0 <= _EDGE * w and (m := _FIRST.match(r.text))}
    rights = {
        int(m[1])
        for r in band
        if r.x1 >= (1 - _EDGE) * w and (m := _LAST.search(r.text)) and not _DAY.search(r.text)
    }
    if not any(n % 2 == 0 and n + 1 in rights for n in lefts):
        return None
    sizes: Counter[float] = Counter()
    for r in content.runs:
        sizes[r.size] += len(r.text)
    body = sizes.most_common(1)[0][0]
    if any(r.x0 < mid < r.x1 and r.size < HEADLINE * body for r in content.runs):
        return None  # running text crosses the middle: one page set wide
    # both halves carry columns of their own: a page set in one column on a wide sheet
    # would leave an empty second page
    folios = {id(r) for r in band}
    texts = [r for r in content.runs if id(r) not in folios and r.size == body]
    left_lines = {round(r.base) for r in texts if r.x1 <= mid}
    right_lines = {round(r.base) for r in texts if r.x0 >= mid}
    if min(len(left_lines), len(right_lines)) < _COLUMN_LINES:
        return None
    left = replace(content, width=mid, runs=[], pictures=[], graphics=[])
    # the sheet's characters and warnings go with the left page, checked once
    right = replace(
        content, width=w - mid, runs=[], pictures=[], graphics=[], chars="", bad_chars=0,
        warnings=[],
    )  # fmt: skip
    for r in content.runs:  # a head across the fold stays whole, where it starts
        if r.x0 < mid:
            left.runs.append(r)
        else:
            right.runs.append(_run_at(r, -mid))
    for p in content.pictures:
        if p.box[0] < mid:
            left.pictures.append(p)
        else:
            right.pictures.append(replace(p, box=_at(p.box, -mid)))
    for g in content.graphics:
        x0, y0, x1, y1 = g.box
        if x0 < mid:
            left.graphics.append(replace(g, box=(x0, y0, min(x1, mid), y1)))
        if x1 > mid:
            right.graphics.append(replace(g, box=(max(x0, mid) - mid, y0, x1 - mid, y1)))
    return left, right


def _at(box: Box, dx: float) -> Box:
    return (box[0] + dx, box[1], box[2] + dx, box[3])


def _run_at(r: Run, dx: float) -> Run:
    space_to = r.space_to + dx if r.space_to >= 0 else r.space_to
    return replace(r, x0=r.x0 + dx, x1=r.x1 + dx, word_end=r.word_end + dx, space_to=space_to)


def _line_at(x: Line, dx: float) -> Line:
    return replace(x, x0=x.x0 + dx, x1=x.x1 + dx, word_end=x.word_end + dx)


def _para_at(p: Para, dx: float) -> Para:
    return replace(
        p,
        lines=[_line_at(x, dx) for x in p.lines],
        cells=[[_line_at(x, dx) for x in cell] for cell in p.cells],
        picture=replace(p.picture, box=_at(p.picture.box, dx)) if p.picture else None,
    )


def join_across(left: PageLayout, right: PageLayout) -> None:
    """A story whose headline crosses the fold takes the right page's headless stories
    that stand under that headline (its columns there), placed back on the sheet."""
    mid = left.width
    for story in left.regions:
        heads = [p for p in story.paras if p.role == "headline"]
        if story.kind != "article" or not heads or heads[0].box[2] <= mid:
            continue
        under = heads[0].box[3]
        bottom = max(p.box[3] for p in story.paras)
        kept: list[Region] = []
        for r in right.regions:
            if _continues(r, under, bottom):
                story.paras += [_para_at(p, mid) for p in r.paras]
            else:
                kept.append(r)
        right.regions = kept


def _continues(r: Region, under: float, bottom: float) -> bool:
    if r.kind != "article" or r.box or not r.paras or any(p.role in _HEADS for p in r.paras):
        return False
    top = min(p.box[1] for p in r.paras)
    return under <= top <= bottom
