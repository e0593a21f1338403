"""A page composed as a paper would: masthead band on page 1, a folio band (page number
and section label) at the top or foot, articles in bands across the column grid (several
side by side, a one-column brief beside them, rules between), the ad boxed at the foot.

Items sit in the truth's order: band by band from the top, left to right within a band,
the ad last at the foot, so reading by position gives the truth's order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.gen import Ad, Article, Page
from tests.pdfgen.ad import place_ad
from tests.pdfgen.article import Prepared, Style, balance, place, prepare
from tests.pdfgen.fonts import faces, text_width
from tests.pdfgen.ink import ASCENT, Box, Ink, Rule, Run, shift

MARGIN = 36.0
GUTTER = 11.0
BAND_GAP = 14.0


@dataclass(slots=True)
class PageLayout:
    """A laid-out page and what it knows about itself: the truth beside the text truth."""

    number: int
    size: tuple[float, float]
    columns: int
    fonts: str  # "cid" | "ttf"
    body_size: float
    ink: Ink
    item_boxes: list[Box] = field(default_factory=list)
    item_columns: list[int] = field(default_factory=list)  # columns each item spans
    order: str = "reading"  # set by the writer


def _estimate(prep: Prepared, k: int, style: Style) -> float:
    head = 0.0
    for p in prep.head:
        if p.role == "headline":
            size = min(30.0, 14.0 + 3.5 * k)
            n = 1 if text_width(p.text, style.faces.sans, size) <= style.span(k) else 2
            head += n * size * 1.2 + 4
        else:
            head += (style.deck if p.role == "deck" else style.sub) * 1.35 + 4
    cols = balance(prep.flow, k)
    body = max(sum(e.height for e in c) for c in cols) if prep.flow else 0.0
    return head + style.leading * 0.5 + body


def _spans(group: list[Prepared], cols: int) -> list[int] | None:
    spans = [p.min_span for p in group]
    if sum(spans) > cols:
        return None
    while sum(spans) < cols:  # one more column to the article that stands tallest
        i = max(range(len(group)), key=lambda j: group[j].area / spans[j])
        spans[i] += 1
    return spans


def _plan(
    preps: list[Prepared], cols: int, style: Style, rng: random.Random
) -> tuple[list[list[tuple[Prepared, int]]], float]:
    """Bands of consecutive articles, the shortest of several tries, and their height."""
    best: tuple[list[list[tuple[Prepared, int]]], float] = ([], float("inf"))
    for attempt in range(12):
        bands: list[list[tuple[Prepared, int]]] = []
        i, total = 0, 0.0
        while i < len(preps):
            most = min(3 if attempt < 6 else 6, len(preps) - i, cols)
            g = rng.randint(1, most) if attempt < 10 else most
            while g > 1 and _spans(preps[i : i + g], cols) is None:
                g -= 1
            group = preps[i : i + g]
            spans = _spans(group, cols) or [cols]
            bands.append(list(zip(group, spans, strict=True)))
            total += max(_estimate(p, k, style) for p, k in bands[-1]) + BAND_GAP
            i += g
        if total < best[1]:
            best = (bands, total)
    return best


def compose(
    tpage: Page,
    source: str,
    masthead: list[str] | None,
    size: tuple[float, float],
    cols: int,
    font_kind: str,
    foot_band: bool,
    rng: random.Random,
    *,
    body: float | None = None,
    spacing: float = 1.6,
    forced: dict[int, dict[str, set[int]]] | None = None,
) -> PageLayout:
    """Lay the truth page out; smaller type, then a taller page, when it does not fit.

    `body` fixes the body size, `spacing` the line pitch over it; `forced` (item -> leaf
    path -> offsets) fixes line breaks.
    """
    w, h = size
    sizes = (10.0, 9.5, 9.0, 8.5, 8.0) if rng.random() < 0.5 else (9.5, 9.0, 8.5, 8.0)
    args = (tpage, source, masthead, spacing)
    short = 0.0
    for b in (body,) if body else sizes:
        got = _try(*args, (w, h), cols, font_kind, foot_band, b, rng, forced)
        if isinstance(got, PageLayout):
            return got
        short = got
    while True:  # a taller page, by what was missing
        h += 10 * (short // 10 + 2)
        got = _try(*args, (w, h), cols, font_kind, foot_band, body or sizes[-1], rng, forced)
        if isinstance(got, PageLayout):
            return got
        short = got


def _try(
    tpage: Page,
    source: str,
    masthead: list[str] | None,
    spacing: float,
    size: tuple[float, float],
    cols: int,
    font_kind: str,
    foot_band: bool,
    body: float,
    rng: random.Random,
    forced: dict[int, dict[str, set[int]]] | None,
) -> PageLayout | float:
    """The page, or how many points it lacks to fit."""
    w, h = size
    face = faces(font_kind)
    cw = (w - 2 * MARGIN - (cols - 1) * GUTTER) / cols
    style = Style(face, body, cw, GUTTER, spacing=spacing)
    ink = Ink()
    y = MARGIN
    if masthead:
        y = _masthead(ink, masthead, style, w)
    elif not foot_band:
        y = _folio(ink, tpage, style, w, MARGIN) + 10
    bottom = h - MARGIN - (0 if masthead or not foot_band else 26)
    boxes: list[Box] = [(0.0, 0.0, 0.0, 0.0)] * len(tpage.items)
    spans = [cols] * len(tpage.items)  # an ad spans the page
    ad_ink: Ink | None = None
    ad_h = 0.0
    last = tpage.items[-1] if tpage.items else None
    if isinstance(last, Ad):
        ad_ink, ad_h = place_ad(
            last, len(tpage.items) - 1, source, MARGIN, w - 2 * MARGIN, style, rng
        )
    arts = [(i, it) for i, it in enumerate(tpage.items) if isinstance(it, Article)]
    preps = [prepare(a, i, style, rng, cols, (forced or {}).get(i)) for i, a in arts]
    room = bottom - y - (ad_h + BAND_GAP if ad_ink else 0)
    bands, total = _plan(preps, cols, style, rng) if preps else ([], 0.0)
    if total > room:
        return total - room
    for band in bands:
        x, col0, low = MARGIN, 0, y
        seams = []
        for prep, k in band:
            part, end = place(prep, x, y, k, col0, style, rng)
            ink.extend(part)
            boxes[prep.item] = part.box()
            spans[prep.item] = k
            low = max(low, end)
            x += style.span(k) + GUTTER
            col0 += k
            seams.append(x - GUTTER / 2)
        for sx in seams[:-1]:  # a rule between articles side by side
            ink.rules.append(Rule(sx, y, sx, low, 0.5))
        y = low + BAND_GAP
        ink.rules.append(Rule(MARGIN, y - BAND_GAP / 2, w - MARGIN, y - BAND_GAP / 2, 0.5))
    over = y - BAND_GAP - (bottom - (ad_h + BAND_GAP if ad_ink else 0))
    if over > 0:
        return over
    if ad_ink is not None:
        shift(ad_ink, bottom - ad_h)
        ink.extend(ad_ink)
        boxes[-1] = ad_ink.box()
    if foot_band and not masthead:
        _folio(ink, tpage, style, w, h - MARGIN - 14)
    return PageLayout(tpage.number, size, cols, font_kind, body, ink, boxes, spans)


def _line(ink: Ink, text: str, x: float, top: float, font: str, size: float, role: str) -> None:
    ink.runs.append(Run(text, x, top + ASCENT * size, font, size, 0.0, role))


def _folio(ink: Ink, tpage: Page, style: Style, w: float, top: float) -> float:
    """Page number at the outer edge, the section label beside it, a rule under both."""
    sans = style.faces.sans
    num = str(tpage.number)
    nw = text_width(num, sans, 14)
    label = tpage.section
    lw = text_width(label, sans, 11) if label else 0.0
    if tpage.number % 2:  # odd pages: outer edge on the right
        _line(ink, num, w - MARGIN - nw, top, sans, 14, "folio")
        if label:
            _line(ink, label, w - MARGIN - nw - 14 - lw, top + 2, sans, 11, "label")
    else:
        _line(ink, num, MARGIN, top, sans, 14, "folio")
        if label:
            _line(ink, label, MARGIN + nw + 14, top + 2, sans, 11, "label")
    ink.rules.append(Rule(MARGIN, top + 18, w - MARGIN, top + 18, 0.8))
    return top + 18


def _masthead(ink: Ink, lines: list[str], style: Style, w: float) -> float:
    """The paper's name large, its address under it; issue and date lines at the right."""
    sans = style.faces.sans
    paper, url, issue, date = lines
    _line(ink, paper, MARGIN, MARGIN, sans, 40, "masthead")
    _line(ink, url, MARGIN, MARGIN + 46, sans, 9, "masthead")
    for k, text in enumerate((issue, date)):
        tw = text_width(text, sans, 9.5)
        _line(ink, text, w - MARGIN - tw, MARGIN + 22 + 14 * k, sans, 9.5, "masthead")
    y = MARGIN + 62
    ink.rules.append(Rule(MARGIN, y, w - MARGIN, y, 2.5))
    return y + 10
