"""One article set in k columns: headline spanning its columns, subheadline and deck in
mid-size type, body justified in columns read top to bottom then left to right, photos
with their captions in small type right under them, bylines at the end.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.gen import Article
from tests.pdfgen.fonts import Faces, text_width
from tests.pdfgen.ink import ASCENT, Ink, Line, LineBreak, Rule, Run, set_para
from tests.pdfgen.photos import picture
from tests.pdfgen.printed import Para, Src, article_paras

BODY_ROLES = ("lead", "paragraph", "answer")
SANS_ROLES = ("question", "subhead", "byline", "byline-end", "caption")


@dataclass(slots=True)
class Style:
    """The type of one page: sizes in points, the column grid."""

    faces: Faces
    body: float
    cw: float  # column width
    gutter: float
    caption: float = 7.5
    spacing: float = 1.6  # line pitch over type size

    @property
    def leading(self) -> float:
        return self.body * self.spacing

    @property
    def deck(self) -> float:
        return self.body + 2.5

    @property
    def sub(self) -> float:
        return self.body + 4.5

    def span(self, k: int) -> float:
        return k * self.cw + (k - 1) * self.gutter


@dataclass(slots=True)
class Elem:
    """A piece of the body flow: one line, a gap, or a photo with its caption lines."""

    height: float
    lines: list[Line] = field(default_factory=list)
    photo: float = 0.0
    caption: str | None = None
    gap: bool = False


@dataclass(slots=True)
class Prepared:
    art: Article
    item: int
    head: list[Para]
    flow: list[Elem]
    breaks: list[LineBreak]
    min_span: int
    area: float  # body height in one column


def _font(style: Style, role: str) -> str:
    return style.faces.sans if role in SANS_ROLES else style.faces.body


def prepare(
    art: Article,
    item: int,
    style: Style,
    rng: random.Random,
    cols: int,
    forced: dict[str, set[int]] | None = None,
) -> Prepared:
    """Set the body once at the column width; only the balancing depends on the span.

    `forced`: leaf path -> offsets in its text where a line must end (a printed page's
    breaks); an inserted caption's photo then sits at the break of the paragraph it cuts.
    """
    forced = forced or {}
    head, body, ends = article_paras(art)
    flow: list[Elem] = []
    breaks: list[LineBreak] = []
    lead = style.leading
    last_range = (0, 0)
    cut_at: set[Src] = set()  # where the last paragraph was made to break
    for p in body + ends:
        if p.role == "caption":
            lines, br = set_para(p, item, style.faces.sans, style.caption, style.cw)
            breaks += br
            ph = style.cw * rng.choice((0.6, 0.67, 0.75, 1.0, 1.25))
            path = next(s for s in p.src if s is not None)[0]  # "body.<i>"
            truth = art.body[int(path.split(".")[1])].text
            e = Elem(ph + 3 + len(lines) * style.caption * 1.35 + 4, lines, ph, truth)
            a, b = last_range
            at = a + (b - a + 1) // 2 if p.inserted and b - a >= 2 else len(flow)
            cuts = [k for k in range(a + 1, b) if flow[k].lines[0].src[0] in cut_at]
            flow.insert(cuts[0] if p.inserted and cuts else at, e)
            continue
        if p.role in ("question", "subhead"):
            flow.append(Elem(lead * (0.35 if p.role == "question" else 0.6), gap=True))
        indent = style.body if p.role in BODY_ROLES else 0.0
        align = "right" if p.role == "byline-end" and item % 2 else "left"
        marks = tuple(j for j, x in enumerate(p.src) if x and x[1] in forced.get(x[0], ()))
        cut_at = {p.src[j] for j in marks}
        lines, br = set_para(
            p,
            item,
            _font(style, p.role),
            style.body,
            style.cw,
            indent=indent,
            align=align,
            forced=marks,
            # A byline is set ragged and breaks between its words (name, role, address).
            justify=not p.role.startswith("byline"),
            words=p.role.startswith("byline"),
        )
        breaks += br
        start = len(flow)
        flow += [Elem(lead, [ln]) for ln in lines]
        last_range = (start, len(flow))
    area = sum(e.height for e in flow)
    return Prepared(art, item, head, flow, breaks, _min_span(head, style, cols), area)


def _min_span(head: list[Para], style: Style, cols: int) -> int:
    """Display lines must fit at sizes above the body's: decks and names never wrap."""
    need = 0.0
    for p in head:
        if p.role == "headline":
            longest = max(p.text.split(" "), key=len)
            need = max(need, text_width(longest, style.faces.sans, style.deck + 3))
        else:
            size = style.deck if p.role == "deck" else style.sub
            need = max(need, text_width(p.text, style.faces.sans, size) + 8)
    for k in range(1, cols + 1):
        if style.span(k) >= need:
            return k
    return cols


def balance(flow: list[Elem], k: int) -> list[list[Elem]]:
    """Columns of even height: the least height that fits the flow in k columns."""

    def fill(h: float) -> list[list[Elem]]:
        cols: list[list[Elem]] = [[]]
        used = 0.0
        for e in flow:
            if e.gap and used == 0:
                continue
            if used + e.height > h + 0.01 and used > 0:
                cols.append([])
                used = 0.0
                if e.gap:
                    continue
            cols[-1].append(e)
            used += e.height
        return cols

    if k <= 1 or not flow:
        return [flow]
    lo, hi = max(e.height for e in flow), sum(e.height for e in flow)
    for _ in range(24):
        mid = (lo + hi) / 2
        if len(fill(mid)) <= k:
            hi = mid
        else:
            lo = mid
    return fill(hi)


def place(
    prep: Prepared, x0: float, y0: float, k: int, col0: int, style: Style, rng: random.Random
) -> tuple[Ink, float]:
    """Set the article at (x0, y0) over k columns; returns its ink and its bottom."""
    ink = Ink(breaks=list(prep.breaks))
    sans = style.faces.sans
    y = y0
    width = style.span(k)
    for p in prep.head:
        if p.role == "headline":
            hspan = k if k < 3 or rng.random() < 0.7 else rng.randint(2, k)
            size = min(30.0, 14.0 + 3.5 * k)
            while True:
                lines, br = set_para(
                    p, prep.item, sans, size, style.span(hspan), justify=False, words=True
                )
                if len(lines) <= 2 or size <= style.sub + 2:
                    break
                size -= 1
            ink.breaks += br
            step = size * 1.2
        else:
            size = style.deck if p.role == "deck" else style.sub
            lines, br = set_para(p, prep.item, sans, size, width - 8, justify=False, words=True)
            ink.breaks += br
            step = size * 1.35
        dx = 8.0 if p.role == "deck" else 0.0
        top = y
        for ln in lines:
            y += step
            base = y - (step - size) / 2 - (1 - ASCENT) * size
            run = Run(ln.text, x0 + dx + ln.dx, base, sans, size, 0, p.role, prep.item, col0)
            run.src = ln.src
            ink.runs.append(run)
        if p.role == "deck":
            ink.rules.append(Rule(x0 + 2, top + 2, x0 + 2, y - 1, 1.5))
        y += 2 if p.role == "deck" else 4
    y += style.leading * 0.5
    bottom = y
    for c, column in enumerate(balance(prep.flow, k)):
        x = x0 + c * (style.cw + style.gutter)
        top = y
        for e in column:
            if e.photo:
                box = (x, top, x + style.cw, top + e.photo)
                ink.pics.append(picture(rng, box, prep.item, e.caption))
                top += e.photo + 3
                step = style.caption * 1.35
                for ln in e.lines:
                    top += step
                    base = top - (step - ln.size) / 2 - (1 - ASCENT) * ln.size
                    ink.runs.append(_run(ln, x, base, prep.item, col0 + c))
                top += 4
                continue
            for ln in e.lines:
                base = top + (e.height - ln.size) / 2 + ASCENT * ln.size
                ink.runs.append(_run(ln, x, base, prep.item, col0 + c))
            top += e.height
        bottom = max(bottom, top)
    return ink, bottom


def _run(ln: Line, x: float, base: float, item: int, column: int) -> Run:
    return Run(ln.text, x + ln.dx, base, ln.font, ln.size, ln.space, ln.role, item, column, ln.src)
