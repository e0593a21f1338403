"""Writing laid-out pages as PDF, in one of the orders real producers write text in.

"reading": each item's lines in reading order; "drawing": all display type first, then
body text column by column, captions last, bands and ads after; "shuffled": every line a
text object of its own with absolute position, in random order; "glyphs": shuffled, and
some lines placed glyph by glyph. A reader must rely on positions, never on this order.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tests.pdfgen.ink import Run
from tests.pdfgen.page import PageLayout

ORDERS = ("reading", "drawing", "shuffled", "glyphs")
DISPLAY = ("headline", "subheadline", "deck", "masthead", "ad-title")


def _ordered(runs: list[Run], order: str, rng: random.Random) -> list[list[Run]]:
    """Runs grouped into text objects, in the order they are written."""
    if order == "reading":
        groups: list[list[Run]] = []
        for r in runs:
            if groups and groups[-1][-1].item == r.item:
                groups[-1].append(r)
            else:
                groups.append([r])
        return groups
    if order == "drawing":

        def rank(r: Run) -> tuple[int, int, float]:
            if r.role in DISPLAY:
                return (0, 0, 0.0)
            if r.role == "caption":
                return (2, 0, 0.0)
            if r.item >= 0 and not r.role.startswith("ad-"):
                return (1, r.column, r.y)
            return (3, 0, 0.0)

        return [sorted(runs, key=rank)]
    shuffled = list(runs)
    rng.shuffle(shuffled)
    return [[r] for r in shuffled]


def write_pdf(target: Path | io.BytesIO, pages: list[PageLayout], rng: random.Random, **kw) -> None:
    """Write the pages; `kw` goes to reportlab's Canvas (e.g. encrypt=...)."""
    # Binary streams, as producers write them (reportlab's default wraps them in ASCII85).
    rl_config.useA85 = 0
    c = Canvas(str(target) if isinstance(target, Path) else target, invariant=1, **kw)
    for page in pages:
        w, h = page.size
        c.setPageSize((w, h))
        for s in page.ink.shades:
            x0, y0, x1, y1 = s.box
            if s.gray is not None:
                c.setFillGray(s.gray)
            c.setLineWidth(s.frame or 0.1)
            c.rect(
                x0, h - y1, x1 - x0, y1 - y0, stroke=1 if s.frame else 0, fill=s.gray is not None
            )
        c.setFillGray(0)
        for p in page.ink.pics:
            x0, y0, x1, y1 = p.box
            c.drawImage(ImageReader(io.BytesIO(p.data)), x0, h - y1, x1 - x0, y1 - y0)
        for rule in page.ink.rules:
            c.setLineWidth(rule.width)
            c.line(rule.x0, h - rule.y0, rule.x1, h - rule.y1)
        glyphs = page.order == "glyphs"
        for group in _ordered(page.ink.runs, page.order, rng):
            t = c.beginText()
            for r in group:
                t.setFont(r.font, r.size)
                if glyphs and rng.random() < 0.4:
                    t.setCharSpace(0)
                    for ch, x in zip(r.text, r.advances(), strict=True):
                        t.setTextOrigin(x, h - r.y)
                        t.textOut(ch)
                    continue
                t.setCharSpace(r.space)
                t.setTextOrigin(r.x, h - r.y)
                t.textOut(r.text)
            c.drawText(t)
        c.showPage()
    c.save()
